package uk.yos.devstack.seed;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

import uk.yos.devstack.DevStackException;

/** The rows for one table of a {@link Batches}, added to its JDBC batch; {@link Batches} decides when they are sent. */
final class BatchInsert {

    private final Batches batches;
    private final String table;
    private final int columns;
    private final PreparedStatement statement;
    private long rows;

    BatchInsert(Batches batches, String table, String... columnNames) {
        this.batches = batches;
        this.table = table;
        this.columns = columnNames.length;
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columnNames) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columnNames.length, "?")) + ")";
        this.statement = batches.prepare(sql, table);
    }

    /** One row, the values in the order of the columns (null for SQL NULL). */
    void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns + " columns");
        }
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
        rows++;
        batches.added();
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    void send() {
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    void close() {
        try {
            statement.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private DevStackException failed(SQLException e) {
        return new DevStackException("Cannot insert into " + table + ": " + e.getMessage(), e);
    }
}
