package uk.yos.devstack;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates a service's database (utf8mb4) and its own least-privilege user: rights on that database only, enough for
 * Flyway to migrate and the service to read and write, nothing global. Safe to run at every start: existing
 * databases and users are kept, the user's password is reset to the one in {@code .devstack/secrets.properties}.
 */
public final class DatabaseProvisioner {

    /** Database and user names: lower-case letters, digits and underscores (user names at most 32 characters). */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    private static final String PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, "
            + "CREATE VIEW, SHOW VIEW, CREATE TEMPORARY TABLES, LOCK TABLES, TRIGGER";

    private DatabaseProvisioner() {
    }

    /** What a service needs to reach its database. */
    public record Credentials(String jdbcUrl, String username, String password) {
        @Override
        public String toString() {
            return "Credentials[" + jdbcUrl + ", " + username + ", password=***]";
        }
    }

    /** Creates (or updates) database {@code database} and user {@code database} with the given password. */
    public static Credentials provision(DatabaseServer server, String database, String password) {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a safe database/user name: " + database);
        }
        if (!password.matches("[A-Za-z0-9]{12,64}")) {
            // Generated passwords are letters and digits; anything else would need quoting rules per server.
            throw new IllegalArgumentException("Database passwords must be 12-64 letters and digits.");
        }
        String user = "'" + database + "'@'%'";
        try (Connection c = server.adminConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "'");
            s.execute("ALTER USER " + user + " IDENTIFIED BY '" + password + "'");
            s.execute("GRANT " + PRIVILEGES + " ON `" + database + "`.* TO " + user);
        } catch (SQLException e) {
            throw new DevStackException("Cannot create database/user " + database + " on " + server.description() + ": "
                    + e.getMessage(), e);
        }
        return new Credentials(server.jdbcUrl(database), database, password);
    }
}
