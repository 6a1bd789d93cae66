package uk.yos.victims;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import uk.yos.testsupport.MariaDbTestResource;

/** Direct reads and writes of the test database, to check what a request did (or did not) write. */
public final class Db {

    /** SQL for a UUID parameter against a BINARY(16) column. */
    public static final String UUID_PARAM = "unhex(replace(?, '-', ''))";

    private Db() {
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = MariaDbTestResource.openConnection(TestResources.DATABASE);
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String string(String sql, Object... parameters) {
        try (Connection connection = MariaDbTestResource.openConnection(TestResources.DATABASE);
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int update(String sql, Object... parameters) {
        try (Connection connection = MariaDbTestResource.openConnection(TestResources.DATABASE);
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long rows(String table) {
        return count("select count(*) from " + table);
    }

    /** Audit rows for an action on a record, e.g. ("READ", "VICTIM", id, subject). */
    public static long auditRows(String action, String recordType, Object recordId, String subject) {
        return count("select count(*) from audit_event where action = ? and record_type = ? and record_id = ? "
                + "and subject = ? and outcome = 'SUCCESS'", action, recordType, recordId.toString(), subject);
    }

    public static long deniedRows(String action, String recordType, Object recordId, String subject) {
        return count("select count(*) from audit_event where action = ? and record_type = ? and record_id = ? "
                + "and subject = ? and outcome = 'DENIED'", action, recordType, recordId.toString(), subject);
    }

    /** The row counts of every table a request could write to, to compare before and after. */
    public static java.util.Map<String, Long> snapshot() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : new String[] { "victim", "victim_contact", "rj_intervention", "support_referral",
                "victim_evaluation", "audit_event", "idempotency_record" }) {
            counts.put(table, rows(table));
        }
        return counts;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
