package uk.yos.devstack;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A MySQL-compatible server the services' databases live on: the embedded MariaDB or an external MySQL. */
public interface DatabaseServer extends AutoCloseable {

    /** JDBC URL of one database on this server, as the services use it. */
    String jdbcUrl(String database);

    /** A connection with rights to create databases and users. */
    Connection adminConnection() throws SQLException;

    /** For messages, e.g. "embedded MariaDB 11.4.5 on 127.0.0.1:3307". */
    String description();

    /** Processes this JVM started for the server (none for an external one). */
    List<ProcessHandle> processes();

    @Override
    void close();

    /**
     * The external MySQL named by {@code YOS_DB_URL} / {@code YOS_DB_USER} / {@code YOS_DB_PASSWORD}, or null when
     * {@code YOS_DB_URL} is not set (then devstack runs the embedded MariaDB).
     */
    static DatabaseServer externalFromEnv(Map<String, String> env) {
        String url = env.get("YOS_DB_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        String user = env.get("YOS_DB_USER");
        if (user == null || user.isBlank()) {
            throw new DevStackException("YOS_DB_URL is set, so YOS_DB_USER and YOS_DB_PASSWORD must name an account "
                    + "that may create databases and users.");
        }
        return new ExternalDatabase(url.trim(), user, env.getOrDefault("YOS_DB_PASSWORD", ""));
    }
}
