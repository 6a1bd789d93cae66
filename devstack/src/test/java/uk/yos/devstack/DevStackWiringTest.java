package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway's place in the stack, the variables each service gets, and a second, isolated stack's settings. */
class DevStackWiringTest {

    private static final Map<String, String> RUNNING = Map.of(
            "case-service", "http://127.0.0.1:18081",
            "referral-order-service", "http://127.0.0.1:18082",
            "victim-service", "http://127.0.0.1:18083",
            "prevention-service", "http://127.0.0.1:18084");

    @Test
    void theGatewayStartsLastWithoutADatabaseOnPort8080() {
        ServiceDefinition gateway = ServiceDefinition.byName("gateway");
        assertEquals(gateway, ServiceDefinition.ALL.get(ServiceDefinition.ALL.size() - 1));
        assertEquals("gateway", gateway.module());
        assertEquals(8080, gateway.defaultPort());
        assertEquals("YOS_GATEWAY_PORT", gateway.portEnvVar());
        assertNull(gateway.database());
        assertTrue(gateway.calls().isEmpty());
        assertTrue(gateway.dataKeys().isEmpty());
        assertEquals(List.of("case-service", "referral-order-service", "victim-service", "prevention-service"),
                gateway.upstreams());
        assertEquals("YOS_GATEWAY_PUBLIC_URL", gateway.publicUrlVariable(), "its OpenAPI documents name its address");
        ServiceDefinition.ALL.stream().filter(s -> s != gateway)
                .forEach(s -> assertNull(s.publicUrlVariable(), s.name()));
    }

    @Test
    void theGatewayGetsEveryRunningServiceAsAnUpstreamVariable() {
        Map<String, String> env = ServiceDefinition.byName("gateway").wiring(RUNNING);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("YOS_GATEWAY_UPSTREAMS_CASE_SERVICE_URL", "http://127.0.0.1:18081");
        expected.put("YOS_GATEWAY_UPSTREAMS_REFERRAL_ORDER_SERVICE_URL", "http://127.0.0.1:18082");
        expected.put("YOS_GATEWAY_UPSTREAMS_VICTIM_SERVICE_URL", "http://127.0.0.1:18083");
        expected.put("YOS_GATEWAY_UPSTREAMS_PREVENTION_SERVICE_URL", "http://127.0.0.1:18084");
        assertEquals(expected, env);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(env.keySet()), "in start order");
    }

    @Test
    void theGatewayIsConfiguredLikeAServicePlusItsUpstreamsAndPublicAddress() {
        Map<String, String> env = DevStack.serviceEnvironment(ServiceDefinition.byName("gateway"), 18080,
                "http://localhost:18180/realms/yos", RUNNING);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("QUARKUS_HTTP_PORT", "18080");
        expected.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        expected.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:18180/realms/yos");
        expected.put("YOS_GATEWAY_UPSTREAMS_CASE_SERVICE_URL", "http://127.0.0.1:18081");
        expected.put("YOS_GATEWAY_UPSTREAMS_REFERRAL_ORDER_SERVICE_URL", "http://127.0.0.1:18082");
        expected.put("YOS_GATEWAY_UPSTREAMS_VICTIM_SERVICE_URL", "http://127.0.0.1:18083");
        expected.put("YOS_GATEWAY_UPSTREAMS_PREVENTION_SERVICE_URL", "http://127.0.0.1:18084");
        expected.put("YOS_GATEWAY_PUBLIC_URL", "http://localhost:18080");
        assertEquals(expected, env);

        Map<String, String> victims = DevStack.serviceEnvironment(ServiceDefinition.byName("victim-service"), 18083,
                "http://localhost:18180/realms/yos", RUNNING);
        assertEquals("http://127.0.0.1:18081", victims.get("QUARKUS_REST_CLIENT_CASE_SERVICE_URL"));
        assertFalse(victims.keySet().stream().anyMatch(k -> k.startsWith("YOS_GATEWAY_")), victims.toString());
    }

    @Test
    void keycloakLetsTheSwaggerUiOfThisStacksGatewaySignIn() {
        DevStackConfig config = DevStackConfig.from(RepoLayout.locate(), Map.of("YOS_GATEWAY_PORT", "18080"));
        JsonNode web = null;
        for (JsonNode client : DevStack.realm(config).get("clients")) {
            if (client.get("clientId").asText().equals(RealmFiles.WEB_CLIENT)) {
                web = client;
            }
        }
        assertTrue(web != null, "no yos-web");
        assertTrue(Json.texts(web.get("redirectUris")).contains("http://localhost:18080/q/swagger-ui/oauth2-redirect.html"),
                web.toString());
        assertTrue(Json.texts(web.get("webOrigins")).contains("http://localhost:18080"), web.toString());
    }

    @Test
    void anUpstreamNotInTheCheckoutIsLeftOutAndNamed() {
        Map<String, String> running = new LinkedHashMap<>(RUNNING);
        running.remove("victim-service");
        ServiceDefinition gateway = ServiceDefinition.byName("gateway");
        Map<String, String> env = gateway.wiring(running);
        assertEquals(3, env.size());
        assertFalse(env.containsKey("YOS_GATEWAY_UPSTREAMS_VICTIM_SERVICE_URL"));
        assertEquals(List.of("victim-service"), gateway.missingUpstreams(running.keySet()));
        assertEquals(List.of(), gateway.missingUpstreams(RUNNING.keySet()));
    }

    @Test
    void servicesGetOnlyTheRestClientUrlsOfWhatTheyCall() {
        assertEquals(Map.of("QUARKUS_REST_CLIENT_CASE_SERVICE_URL", "http://127.0.0.1:18081"),
                ServiceDefinition.byName("victim-service").wiring(RUNNING));
        assertEquals(Map.of(), ServiceDefinition.byName("case-service").wiring(RUNNING));
        DevStackException e = assertThrows(DevStackException.class,
                () -> ServiceDefinition.byName("prevention-service").wiring(Map.of()));
        assertTrue(e.getMessage().contains("calls case-service"), e.getMessage());
    }

    @Test
    void theStateDirectoryCanBeMovedWhileModulesAndRealmStayInTheCheckout(@TempDir Path dir) {
        Path root = dir.resolve("checkout");
        Path state = dir.resolve("elsewhere/e2e-stack");
        RepoLayout layout = new RepoLayout(root).withStateDir(state);
        assertEquals(root.resolve(".devstack"), new RepoLayout(root).stateDir());
        assertEquals(state, layout.stateDir());
        for (Path p : List.of(layout.mariaDbDir(), layout.logsDir(), layout.secretsFile(), layout.pidsFile(),
                layout.keycloakHome())) {
            assertTrue(p.startsWith(state), p + " is state");
        }
        assertEquals(root.resolve("case-service"), layout.module("case-service"));
        assertEquals(root.resolve("k8s/keycloak/yos-realm.json"), layout.productionRealmFile());
        assertEquals(root.resolve("devstack/target/keycloak/keycloak-1.0"), layout.keycloakDist("1.0"));
    }

    @Test
    void anIsolatedStackGetsItsOwnSecrets(@TempDir Path dir) {
        RepoLayout developer = new RepoLayout(dir);
        RepoLayout isolated = developer.withStateDir(dir.resolve("e2e-state"));
        String mine = Secrets.load(developer.secretsFile()).getOrCreate(Secrets.DEMO_PASSWORD);
        String theirs = Secrets.load(isolated.secretsFile()).getOrCreate(Secrets.DEMO_PASSWORD);
        assertFalse(mine.equals(theirs));
        assertEquals(mine, Secrets.load(developer.secretsFile()).getOrCreate(Secrets.DEMO_PASSWORD));
    }

    @Test
    void freePortsAreDistinctFreeAndIgnoreThePortVariables(@TempDir Path root) throws Exception {
        for (ServiceDefinition s : ServiceDefinition.ALL) {
            Files.createDirectories(root.resolve(s.module()));
            Files.writeString(root.resolve(s.module()).resolve("pom.xml"), "<project/>");
        }
        Map<String, String> env = Map.of("YOS_KEYCLOAK_PORT", "8180", "YOS_DB_PORT", "3307", "YOS_GATEWAY_PORT", "8080");
        DevStackConfig config = DevStackConfig.withFreePorts(new RepoLayout(root), env);
        List<Integer> ports = new java.util.ArrayList<>(List.of(config.keycloakPort(), config.dbPort()));
        config.services().forEach(sp -> ports.add(sp.port()));
        assertEquals(2 + ServiceDefinition.ALL.size(), ports.size());
        Set<Integer> distinct = new HashSet<>(ports);
        assertEquals(ports.size(), distinct.size(), ports.toString());
        assertFalse(distinct.contains(8180) || distinct.contains(3307) || distinct.contains(8080), ports.toString());
        ports.forEach(p -> assertTrue(Ports.isFree(p), p + " is free"));
        assertTrue(config.portOf("gateway").isPresent());
        config.checkPorts();

        DevStackConfig fixed = DevStackConfig.from(new RepoLayout(root), Map.of("YOS_GATEWAY_PORT", "18080"));
        assertEquals(18080, fixed.portOf("gateway").orElseThrow());
        assertEquals(8081, fixed.portOf("case-service").orElseThrow());
        assertEquals(DevStackConfig.DEFAULT_KEYCLOAK_PORT, fixed.keycloakPort());
    }

    @Test
    void theSummaryPointsAtTheGatewayAndCallsTheServicePortsInternal(@TempDir Path root) {
        RepoLayout layout = new RepoLayout(root);
        List<DevStackCli.Running> running = List.of(
                new DevStackCli.Running("case-service", "http://localhost:8081", root.resolve("case-service.log")),
                new DevStackCli.Running("prevention-service", "http://localhost:8084", root.resolve("p.log")),
                new DevStackCli.Running("gateway", "http://localhost:8080", root.resolve("gateway.log")));
        String summary = DevStackCli.summary(layout, "http://localhost:8180", "admin", "embedded MariaDB", running,
                false);
        assertTrue(hasLine(summary, "API \\(the one address\\): +http://localhost:8080 .*"), summary);
        assertTrue(hasLine(summary, "Swagger UI: +http://localhost:8080/q/swagger-ui +\\(Authorize, keycloakSignIn: .*"),
                summary);
        assertTrue(summary.contains("Services (internal ports: call them through the gateway):"), summary);
        assertTrue(hasLine(summary, "  case-service: +http://localhost:8081 .*"), summary);
        assertTrue(summary.contains("curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8080/api/v1/cases"),
                summary);
        assertFalse(summary.contains("  gateway:"), "the gateway is not listed among the internal services");
        assertTrue(summary.contains("http://localhost:8180/realms/yos/protocol/openid-connect/token"), summary);

        String withoutGateway = DevStackCli.summary(layout, "http://localhost:8180", "admin", "db",
                running.subList(0, 2), true);
        assertTrue(withoutGateway.contains("curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8081/api/v1/cases"),
                withoutGateway);
        assertTrue(withoutGateway.contains("$YOS_DEMO_PASSWORD"), withoutGateway);
    }

    private static boolean hasLine(String text, String regex) {
        return text.lines().anyMatch(l -> l.matches(regex));
    }

    @Test
    void theHelpNamesTheGatewayAndItsPort() {
        String help = DevStackCli.helpText();
        assertTrue(help.contains("http://localhost:8080"), help);
        assertTrue(help.contains("/q/swagger-ui"), help);
        assertTrue(help.contains("YOS_GATEWAY_PORT (8080)"), help);
    }

    @Test
    void anOtlpEndpointIsPassedOnOnlyWhenTheDeveloperSetsOne() {
        RepoLayout layout = RepoLayout.locate();
        assertEquals(Optional.of("http://localhost:4318"),
                DevStackConfig.from(layout, Map.of("YOS_OTLP_ENDPOINT", " http://localhost:4318 ")).otlpEndpoint());
        assertTrue(DevStackConfig.from(layout, Map.of("YOS_OTLP_ENDPOINT", "  ")).otlpEndpoint().isEmpty());
        assertTrue(DevStackConfig.from(layout, Map.of()).otlpEndpoint().isEmpty());
        assertEquals("YOS_TRACING_OTLP_ENDPOINT", DevStack.OTLP_ENDPOINT_VARIABLE,
                "the variable behind the services' yos.tracing.otlp-endpoint");
    }
}
