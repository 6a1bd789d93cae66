package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @Test
    void aMissingJarIsReportedWithTheBuildCommand(@TempDir Path dir) {
        DevStackException e = assertThrows(DevStackException.class, () -> ServiceProcess.start("case-service",
                dir.resolve("quarkus-run.jar"), Ports.freePort(), Map.of(), dir.resolve("x.log")));
        assertTrue(e.getMessage().contains("not built"), e.getMessage());
    }

    @Test
    void aServiceThatDiesIsReportedWithTheEndOfItsLog(@TempDir Path dir) throws Exception {
        Path notAJar = Files.writeString(dir.resolve("quarkus-run.jar"), "not a jar");
        Path log = dir.resolve("broken.log");
        ServiceProcess service = ServiceProcess.start("broken-service", notAJar, Ports.freePort(),
                Map.of("QUARKUS_HTTP_PORT", "1"), log);
        try {
            DevStackException e = assertThrows(DevStackException.class, () -> service.awaitReady(Duration.ofSeconds(60)));
            assertTrue(e.getMessage().contains("broken-service exited with code"), e.getMessage());
            assertTrue(e.getMessage().toLowerCase().contains("jar"), e.getMessage());
        } finally {
            service.close();
        }
        assertFalse(service.isRunning());
    }
}
