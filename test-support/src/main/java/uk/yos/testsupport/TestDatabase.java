package uk.yos.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads (and the odd write) of a service's test database, to check what a request did or did not write. */
public final class TestDatabase {

    private final String database;

    public TestDatabase(String database) {
        this.database = database;
    }

    public long count(String sql, Object... parameters) {
        return query(sql, parameters, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    /** The first column of the first row, or null when there is none. */
    public String text(String sql, Object... parameters) {
        return query(sql, parameters, rows -> rows.next() ? rows.getString(1) : null);
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = MariaDbTestResource.openConnection(database);
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long rows(String table) {
        return count("select count(*) from " + table);
    }

    /** Successful audit rows for an action on a record by a subject, e.g. ("READ", "VICTIM", id, subject). */
    public long auditRows(String action, String recordType, Object recordId, String subject) {
        return auditRows(action, recordType, recordId, subject, "SUCCESS");
    }

    /** Audit rows of refused requests for an action on a record by a subject. */
    public long deniedRows(String action, String recordType, Object recordId, String subject) {
        return auditRows(action, recordType, recordId, subject, "DENIED");
    }

    private long auditRows(String action, String recordType, Object recordId, String subject, String outcome) {
        return count("select count(*) from audit_event where action = ? and record_type = ? and record_id = ? "
                + "and subject = ? and outcome = ?", action, recordType, recordId.toString(), subject, outcome);
    }

    private interface RowsReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Object[] parameters, RowsReader<T> reader) {
        try (Connection connection = MariaDbTestResource.openConnection(database);
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return reader.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
