package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets file, pid records and demo data rules. */
class SupportTest {

    @Test
    void secretsAreGeneratedOnceAndKeptPrivate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".devstack/secrets.properties");
        String first = Secrets.load(file).getOrCreate("YOS_DEMO_PASSWORD");
        assertEquals(first, Secrets.load(file).getOrCreate("YOS_DEMO_PASSWORD"));
        assertTrue(first.matches("[A-Za-z0-9]{24}"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("from-env-password",
                Secrets.load(file).fromEnvOrStored(Map.of("YOS_DEMO_PASSWORD", "from-env-password"), "YOS_DEMO_PASSWORD"));
        assertNotEquals(Secrets.generate(24), Secrets.generate(24));
    }

    @Test
    void dataKeysAre256BitAndKeptAcrossRuns(@TempDir Path dir) {
        Path file = dir.resolve(".devstack/secrets.properties");
        String key = Secrets.load(file).getOrCreateKey("YOS_VICTIMS_DATA_KEY");
        assertEquals(32, java.util.Base64.getDecoder().decode(key).length);
        assertEquals(key, Secrets.load(file).fromEnvOrStoredKey(Map.of(), "YOS_VICTIMS_DATA_KEY"));
        assertEquals("a2V5", Secrets.load(file).fromEnvOrStoredKey(Map.of("YOS_VICTIMS_DATA_KEY", "a2V5"),
                "YOS_VICTIMS_DATA_KEY"));
    }

    @Test
    void everyServiceIsToldWhereTheServicesItCallsAre() {
        assertEquals("QUARKUS_REST_CLIENT_CASE_SERVICE_URL", ServiceDefinition.restClientUrlVariable("case-service"));
        java.util.List<String> startOrder = ServiceDefinition.ALL.stream().map(ServiceDefinition::name).toList();
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            java.util.List<String> before = new java.util.ArrayList<>(service.calls());
            before.addAll(service.upstreams());
            for (String called : before) {
                assertTrue(startOrder.indexOf(called) >= 0 && startOrder.indexOf(called) < startOrder.indexOf(service.name()),
                        service.name() + " must start after " + called);
            }
        }
        assertEquals(java.util.List.of(8081, 8082, 8083, 8084, 8080),
                ServiceDefinition.ALL.stream().map(ServiceDefinition::defaultPort).toList());
    }

    @Test
    void pidRecordsAreVerifiedAgainstTheCommandLine(@TempDir Path dir) {
        PidRegistry registry = new PidRegistry(dir.resolve("pids"));
        registry.startWithCurrentProcess();
        registry.record(ProcessHandle.current(), "wrong", "/no/such/jar/quarkus-run.jar");
        var entries = registry.read();
        assertEquals(2, entries.size());
        assertTrue(entries.get(0).verified().isPresent(), "this JVM is the recorded devstack");
        assertFalse(entries.get(1).verified().isPresent(), "same pid, other command: never touched");
        PidRegistry.Entry reused = new PidRegistry.Entry(ProcessHandle.current().pid(), 1_000L, "devstack", "java");
        assertFalse(reused.verified().isPresent(), "same pid, other start time: never touched");
        registry.delete();
        assertTrue(registry.read().isEmpty());
    }

    @Test
    void demoChildrenPassTheApiRules() {
        LocalDate today = LocalDate.now();
        Set<String> references = new HashSet<>();
        Set<String> teams = new HashSet<>();
        assertEquals(20, DemoData.children().size());
        for (DemoData.Child child : DemoData.children()) {
            assertTrue(references.add(child.localReference()));
            assertTrue(child.localReference().length() <= 30);
            teams.add(child.teamCode());
            int ageToday = Period.between(child.dateOfBirth(today), today).getYears();
            assertTrue(ageToday >= 10 && ageToday <= 24, child + " is " + ageToday);
            int ageAtOffence = Period.between(child.dateOfBirth(today), child.offenceDate(today)).getYears();
            assertTrue(ageAtOffence >= 10 && ageAtOffence <= 17, child + " was " + ageAtOffence);
            assertFalse(child.outcomeDate(today).isAfter(today));
            assertTrue(child.gravityScore() >= 1 && child.gravityScore() <= 8);

            JsonNode yp = DemoData.youngPersonBody(child, today);
            assertFalse(yp.has("pncId"));
            assertEquals(child.teamCode(), yp.get("teamCode").asText());
            JsonNode c = DemoData.caseBody(child, "0190a4c2-0000-7000-8000-000000000001", today);
            assertEquals(child.caseManager().id(), c.path("primaryCaseManager").path("workerId").asText());
            assertTrue(DemoData.staff().contains(child.caseManager()), "registered before the case opens");
            assertEquals(child.teamCode(), child.caseManager().team());
            assertEquals(1, c.path("offences").size());
        }
        assertEquals(Set.of("NORTH_OOC", "WEST_OOC"), teams);
    }

    @Test
    void demoStaffAreTheDevRealmsUsersInTheirTeamsSinceBeforeAnyDemoCase() {
        LocalDate today = LocalDate.now();
        Map<String, String> realmUsers = new HashMap<>();
        RealmFiles.devAdditions().path("users").forEach(u -> realmUsers.put(u.path("username").asText(),
                u.path("id").asText()));
        for (DemoData.Worker worker : DemoData.staff()) {
            assertEquals(realmUsers.get(worker.username()), worker.id(), worker.username());
            JsonNode body = DemoData.staffBody(worker, today);
            assertEquals(worker.id(), body.path("subject").asText());
            assertEquals(1.0, body.path("fte").asDouble());
            assertEquals(worker.team(), body.path("membership").path("teamCode").asText());
            LocalDate since = LocalDate.parse(body.path("membership").path("startDate").asText());
            for (DemoData.Child child : DemoData.children()) {
                assertTrue(since.isBefore(child.outcomeDate(today)), "in the team before " + child);
            }
        }
    }

    @Test
    void demoUsernamesComeFromTheDevRealm() {
        assertEquals(13, DemoData.demoUsernames().size());
        assertTrue(DemoData.demoUsernames().contains("operations-manager-west"));
    }
}
