package uk.yos.devstack.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.yos.devstack.DevStackException;

/**
 * Bulk inserts into one database: a {@link BatchInsert} per table, sent as JDBC batches (Connector/J's
 * {@code rewriteBatchedStatements} makes each one multi-row INSERT) in the order the tables were added, so a parent
 * row always reaches the database before the rows whose foreign keys name it. Committed every
 * {@value #COMMIT_EVERY} rows, so a large population never holds one huge transaction.
 */
final class Batches implements AutoCloseable {

    static final int SEND_EVERY = 2_000;
    static final int COMMIT_EVERY = 20_000;

    private final Connection connection;
    private final List<BatchInsert> tables = new ArrayList<>();
    private long pending;
    private long uncommitted;
    private boolean closed;

    Batches(Connection connection) {
        this.connection = connection;
    }

    /** A table to insert into; add parents before their children. */
    BatchInsert table(String table, String... columns) {
        BatchInsert insert = new BatchInsert(this, table, columns);
        tables.add(insert);
        return insert;
    }

    PreparedStatement prepare(String sql, String table) {
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new DevStackException("Cannot prepare the insert into " + table + ": " + e.getMessage(), e);
        }
    }

    void added() {
        pending++;
        uncommitted++;
        if (pending >= SEND_EVERY) {
            send();
        }
        if (uncommitted >= COMMIT_EVERY) {
            commit();
        }
    }

    /** Rows written per table, in the order the tables were added. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach(t -> counts.put(t.table(), t.rows()));
        return counts;
    }

    private void send() {
        tables.forEach(BatchInsert::send);
        pending = 0;
    }

    private void commit() {
        send();
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new DevStackException("Cannot commit: " + e.getMessage(), e);
        }
        uncommitted = 0;
    }

    /** Sends and commits what is left; once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        commit();
        tables.forEach(BatchInsert::close);
    }
}
