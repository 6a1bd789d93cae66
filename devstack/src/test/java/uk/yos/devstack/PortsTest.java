package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsTest {

    @Test
    void aPortInUseIsReportedWithItsOverrideVariable() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            assertFalse(Ports.isFree(port));
            PortInUseException e = assertThrows(PortInUseException.class,
                    () -> Ports.requireFree(port, "Keycloak", "YOS_KEYCLOAK_PORT"));
            assertEquals(port, e.port());
            assertTrue(e.getMessage().contains("Port " + port + " (Keycloak)"), e.getMessage());
            assertTrue(e.getMessage().contains("YOS_KEYCLOAK_PORT=<port>"), e.getMessage());
        }
    }

    @Test
    void aFreePortIsFree() {
        assertTrue(Ports.isFree(Ports.freePort()));
    }

    @Test
    void devStackChecksEveryPortBeforeStartingAnything(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("case-service"));
        Files.writeString(root.resolve("case-service/pom.xml"), "<project/>");
        RepoLayout layout = new RepoLayout(root);
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            Map<String, String> env = Map.of(
                    "YOS_DB_PORT", Integer.toString(Ports.freePort()),
                    "YOS_KEYCLOAK_PORT", Integer.toString(Ports.freePort()),
                    "YOS_CASE_SERVICE_PORT", Integer.toString(port));
            // an earlier stack's record (e.g. its JVM was killed and its children still run) must survive
            Files.createDirectories(layout.pidsFile().getParent());
            Files.writeString(layout.pidsFile(), "1\t1\tdevstack\tdevstack.jar\n");
            DevStack stack = new DevStack(DevStackConfig.from(layout, env), message -> { });
            PortInUseException e = assertThrows(PortInUseException.class, stack::start);
            assertTrue(e.getMessage().contains("(case-service)"), e.getMessage());
            assertTrue(e.getMessage().contains("YOS_CASE_SERVICE_PORT"), e.getMessage());
            stack.close(); // what the CLI's shutdown hook does
            assertEquals("1\t1\tdevstack\tdevstack.jar\n", Files.readString(layout.pidsFile()));
            assertFalse(Files.exists(layout.mariaDbDir()), "nothing was started");
        }
    }

    @Test
    void badPortValuesAreRejected() {
        assertThrows(DevStackException.class, () -> Ports.fromEnv(Map.of("P", "eighty"), "P", 1));
        assertThrows(DevStackException.class, () -> Ports.fromEnv(Map.of("P", "70000"), "P", 1));
        assertEquals(8180, Ports.fromEnv(Map.of(), "P", 8180));
    }
}
