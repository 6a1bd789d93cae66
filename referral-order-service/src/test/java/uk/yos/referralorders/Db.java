package uk.yos.referralorders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import uk.yos.testsupport.MariaDbTestResource;

/** Direct reads of the test database, to check what a request did (or did not) write. */
public final class Db {

    private Db() {
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = MariaDbTestResource.openConnection(TestResources.DATABASE);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long rows(String table) {
        return count("select count(*) from " + table);
    }

    /** Audit rows for an action on a record, e.g. ("READ", "PANEL", id, subject). */
    public static long auditRows(String action, String recordType, Object recordId, String subject) {
        return count("select count(*) from audit_event where action = ? and record_type = ? and record_id = ? "
                + "and subject = ? and outcome = 'SUCCESS'", action, recordType, recordId.toString(), subject);
    }

    public static long deniedRows(String action, String recordType, Object recordId, String subject) {
        return count("select count(*) from audit_event where action = ? and record_type = ? and record_id = ? "
                + "and subject = ? and outcome = 'DENIED'", action, recordType, recordId.toString(), subject);
    }
}
