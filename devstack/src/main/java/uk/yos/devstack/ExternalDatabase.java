package uk.yos.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** An existing MySQL (or MariaDB) server, e.g. {@code YOS_DB_URL=jdbc:mysql://db.example:3306/}. Nothing is started. */
public final class ExternalDatabase implements DatabaseServer {

    private final String serverUrl;
    private final String query;
    private final String adminUser;
    private final String adminPassword;

    public ExternalDatabase(String url, String adminUser, String adminPassword) {
        if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
            throw new DevStackException("YOS_DB_URL must look like jdbc:mysql://host:3306/ (got " + url + ").");
        }
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        this.query = q < 0 ? "" : url.substring(q);
        // keep scheme://host:port/ and drop a database name, if any
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        this.serverUrl = slash < 0 ? base + "/" : base.substring(0, slash + 1);
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public String jdbcUrl(String database) {
        return serverUrl + database + query;
    }

    @Override
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl + query, adminUser, adminPassword);
    }

    @Override
    public String description() {
        return "external database " + serverUrl + " (YOS_DB_URL)";
    }

    @Override
    public List<ProcessHandle> processes() {
        return List.of();
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
