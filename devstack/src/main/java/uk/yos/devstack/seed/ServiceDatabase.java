package uk.yos.devstack.seed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import uk.yos.devstack.DevStackException;

/**
 * One service's database as the seed writes to it: with the service's own least-privilege user, and Connector/J
 * rewriting each JDBC batch into one multi-row INSERT.
 */
public record ServiceDatabase(String service, String jdbcUrl, String username, String password) {

    /** A connection with auto-commit off, for {@link BatchInsert}. */
    Connection open() {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        try {
            Connection connection = DriverManager.getConnection(url, username, password);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new DevStackException("Cannot connect to " + service + "'s database (" + jdbcUrl + "): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ServiceDatabase[" + service + ", " + jdbcUrl + ", " + username + ", password=***]";
    }
}
