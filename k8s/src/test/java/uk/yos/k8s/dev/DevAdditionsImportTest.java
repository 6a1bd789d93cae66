package uk.yos.k8s.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.devstack.Http;
import uk.yos.devstack.Json;
import uk.yos.devstack.Jwt;
import uk.yos.devstack.KeycloakOptions;
import uk.yos.devstack.KeycloakServer;
import uk.yos.devstack.Processes;
import uk.yos.devstack.TokenClient;
import uk.yos.k8s.K8sLayout;

/**
 * The dev overlay's keycloak-dev-additions Job, run for real: Keycloak (from devstack's unpacked dist) starts with the
 * production realm only, as the Keycloak Deployment imports it, then {@code keycloak/dev/import-dev-additions.sh} runs
 * with bash and the dist's {@code kcadm.sh}, as the Job runs it with the Keycloak image, against the real
 * {@code keycloak/dev/yos-dev-additions.json}.
 * <p>
 * The tests run in order: what a developer has before the Job, after its first run, and after it runs again (the Job
 * is made again by every apply).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevAdditionsImportTest {

    private static final String CASE_MANAGER_NORTH = "case-manager-north";
    private static final String CASE_MANAGER_NORTH_ID = "6f1c2a80-0000-4000-8000-000000000001";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(5);

    private static Path script;
    private static Path additionsFile;
    private static ObjectNode additions;
    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloakWithTheProductionRealmOnly() {
        Path keycloakDir = K8sLayout.k8s().resolve("keycloak");
        script = keycloakDir.resolve("dev/import-dev-additions.sh");
        additionsFile = keycloakDir.resolve("dev/yos-dev-additions.json");
        additions = (ObjectNode) Json.read(additionsFile);
        ObjectNode productionRealm = (ObjectNode) Json.read(keycloakDir.resolve("yos-realm.json"));
        assertTrue(clientIds(productionRealm).stream().noneMatch(KeycloakServer.DEV_CLI_CLIENT::equals),
                "the production realm must not have the dev client");
        keycloak = KeycloakServer.start(KeycloakOptions.builder().realm(productionRealm).build());
        System.out.println("Keycloak (production realm only) started in " + keycloak.startTime().toMillis()
                + " ms on port " + keycloak.port());
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    @Order(1)
    void beforeTheScriptThereIsNoDevClientAndNoDemoUser() {
        TokenClient.TokenResponse refused = passwordGrant(CASE_MANAGER_NORTH, keycloak.demoPassword());
        assertEquals(401, refused.status(), refused.body().toString());
        assertEquals("invalid_client", refused.error(), refused.body().toString());
        assertTrue(refused.body().path("access_token").isMissingNode());

        assertEquals(0, adminGet("/clients?clientId=" + KeycloakServer.DEV_CLI_CLIENT).size());
        JsonNode web = webClient();
        for (String field : List.of("redirectUris", "webOrigins")) {
            for (String value : clientAdditions(field)) {
                assertFalse(Json.texts(web.get(field)).contains(value), "the production realm's yos-web has " + value);
            }
        }
        for (JsonNode user : additions.get("users")) {
            assertEquals(0, adminGet("/users?exact=true&username=" + user.get("username").asText()).size(),
                    user.get("username").asText());
        }
    }

    @Test
    @Order(2)
    void afterTheScriptEveryDemoUserGetsATokenWithItsRolesAndTeam(@TempDir Path run) {
        ShellScript.Result result = runScript(run, keycloak.demoPassword(), null, additionsFile);
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.stdout().contains("dev additions are in realm yos (" + resourceCount() + " added, 0 already "
                + "there and skipped)"), result.toString());
        assertTrue(result.stdout().contains("client additions are in realm yos (" + clientAdditionCount()
                + " added, 0 already there)"), result.toString());
        assertNoTraceLeft(run, result);

        JsonNode claims = Jwt.claims(keycloak.tokenFor(CASE_MANAGER_NORTH));
        assertEquals(KeycloakServer.DEV_CLI_CLIENT, claims.path("azp").asText());
        assertEquals(CASE_MANAGER_NORTH_ID, claims.path("sub").asText());
        assertEquals(CASE_MANAGER_NORTH, claims.path("preferred_username").asText());
        assertEquals(keycloak.issuerUrl(), claims.path("iss").asText());
        assertTrue(Json.texts(claims.get("aud")).contains("yos-api"), claims.toString());
        assertTrue(Json.texts(claims.path("realm_access").path("roles")).contains("case-manager"), claims.toString());
        assertEquals("NORTH_OOC", claims.path("team").asText(), claims.toString());
        assertEquals("YOS", claims.path("organisation").asText(), claims.toString());

        // every demo user, with the roles and attributes the file gives it
        for (JsonNode user : additions.get("users")) {
            String username = user.get("username").asText();
            JsonNode userClaims = Jwt.claims(keycloak.tokenFor(username));
            assertEquals(user.get("id").asText(), userClaims.path("sub").asText(), username);
            List<String> roles = Json.texts(userClaims.path("realm_access").path("roles"));
            for (JsonNode role : user.get("realmRoles")) {
                assertTrue(roles.contains(role.asText()), username + " lacks " + role + ": " + userClaims);
            }
            for (String attribute : List.of("team", "organisation")) {
                JsonNode expected = user.path("attributes").path(attribute);
                if (expected.isMissingNode()) {
                    assertTrue(userClaims.path(attribute).isMissingNode(), username + ": " + userClaims);
                } else {
                    assertEquals(expected.get(0).asText(), userClaims.path(attribute).asText(), username);
                }
            }
        }
    }

    @Test
    @Order(3)
    void afterTheScriptTheSwaggerUiOfTheGatewayMaySignInWithTheFrontEndClient() {
        ObjectNode productionRealm = (ObjectNode) Json.read(K8sLayout.k8s().resolve("keycloak/yos-realm.json"));
        JsonNode production = null;
        for (JsonNode client : productionRealm.get("clients")) {
            if ("yos-web".equals(client.path("clientId").asText())) {
                production = client;
            }
        }
        assertNotNull(production, "no yos-web in the production realm");
        JsonNode web = webClient();
        for (String field : List.of("redirectUris", "webOrigins")) {
            List<String> expected = new ArrayList<>(Json.texts(production.get(field)));
            expected.addAll(clientAdditions(field));
            assertEquals(new TreeSet<>(expected), new TreeSet<>(Json.texts(web.get(field))),
                    field + ": the production realm's, and the dev additions'");
        }
        assertTrue(clientAdditions("redirectUris").contains(
                "https://api.yos-dev.localtest.me/q/swagger-ui/oauth2-redirect.html"), "the dev cluster's gateway");
        assertTrue(clientAdditions("webOrigins").contains("https://api.yos-dev.localtest.me"));
        // nothing else about the client changed: still public, code flow only, PKCE S256 required
        assertTrue(web.get("publicClient").asBoolean());
        assertFalse(web.get("directAccessGrantsEnabled").asBoolean());
        assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
    }

    @Test
    @Order(4)
    void runningAgainSucceedsAndChangesNothing(@TempDir Path run) {
        // a developer changed a demo user's password since: the next run must keep it (skip, never overwrite)
        String changed = "Changed" + keycloak.demoPassword();
        HttpResponse<String> reset = Http.send(admin("/users/" + CASE_MANAGER_NORTH_ID + "/reset-password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"password\",\"value\":\"" + changed + "\",\"temporary\":false}"))
                .build());
        assertEquals(204, reset.statusCode(), reset.body());
        JsonNode before = realmSnapshot();

        ShellScript.Result result = runScript(run, keycloak.demoPassword(), null, additionsFile);

        assertEquals(0, result.exitCode(), result.toString());
        assertNoTraceLeft(run, result);
        assertTrue(result.stdout().contains("dev additions are in realm yos (0 added, " + resourceCount() + " already "
                + "there and skipped)"), result.toString());
        assertTrue(result.stdout().contains("client additions are in realm yos (0 added, " + clientAdditionCount()
                + " already there)"), result.toString());
        assertEquals(before, realmSnapshot());
        assertNotNull(keycloak.tokenFor(CASE_MANAGER_NORTH, changed));
        TokenClient.TokenResponse oldPassword = passwordGrant(CASE_MANAGER_NORTH, keycloak.demoPassword());
        assertEquals(400, oldPassword.status(), oldPassword.body().toString());
        assertEquals("invalid_grant", oldPassword.error(), oldPassword.body().toString());
    }

    @Test
    @Order(5)
    void theScriptRetriesTheLoginUntilKeycloakAnswers(@TempDir Path run) {
        // as when the Job starts before Keycloak: the first two logins fail, the third reaches the real kcadm.sh
        Path logins = run.resolve("logins");
        Path flaky = ShellScript.writeExecutable(run.resolve("kcadm-flaky.sh"), String.join("\n",
                "#!/bin/bash",
                "if [[ \"$1\" == config ]]; then",
                "  echo login >> '" + logins + "'",
                "  if (( $(wc -l < '" + logins + "') <= 2 )); then",
                "    echo 'Failed to send request - Connect to keycloak:8080 failed: Connection refused' >&2",
                "    exit 1",
                "  fi",
                "fi",
                "exec '" + kcadmSh() + "' \"$@\"",
                ""));

        ShellScript.Result result = runScript(run, keycloak.demoPassword(), flaky, additionsFile);

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(3, ShellScript.read(logins).lines().count(), result.toString());
        assertTrue(result.stdout().contains("(0 added, " + resourceCount() + " already there and skipped)"),
                result.toString());
        assertNoTraceLeft(run, result);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "Short12345a",                                                        // 11 characters
            "A1234567890123456789012345678901234567890123456789012345678901234", // 65 characters
            "has-a-dash-123456",
            "with space 123456",
            "quote'12345678901",
            "amp&12345678901",
            "Ünïcode12345678",
            "line1234567890\nline2"})
    void aDemoPasswordThatIsNotTwelveToSixtyFourLettersAndDigitsStopsTheScriptBeforeKeycloak(String password,
                                                                                            @TempDir Path run) {
        assertStopsBeforeKeycloak(run, password, additionsFile,
                "YOS_DEMO_PASSWORD must be 12 to 64 letters and digits");
    }

    @Test
    void aPlaceholderTheAdminApiWouldNotFillInStopsTheScriptBeforeKeycloak(@TempDir Path run) throws IOException {
        // Keycloak's start-up import fills in any ${VAR}; the admin API none: the script only fills in the password
        Path tampered = run.resolve("yos-dev-additions.json");
        String original = ShellScript.read(additionsFile);
        String withSecret = original.replace("\"clients\": [",
                "\"clients\": [{\"clientId\": \"x\", \"secret\": \"${YOS_OTHER_SECRET}\"},");
        assertNotEquals(original, withSecret);
        Files.writeString(tampered, withSecret);
        assertStopsBeforeKeycloak(run, keycloak.demoPassword(), tampered, "has a placeholder other than");
    }

    @Test
    void clientAdditionsTheScriptCannotReadStopItBeforeKeycloak(@TempDir Path run) throws IOException {
        // the script reads clientAdditions with bash alone: flat objects of a clientId and lists of strings
        Path tampered = run.resolve("yos-dev-additions.json");
        String original = ShellScript.read(additionsFile);
        String nested = original.replace("\"clientAdditions\": [",
                "\"clientAdditions\": [{\"clientId\": \"yos-web\", \"attributes\": {\"x\": \"y\"}},");
        assertNotEquals(original, nested);
        Files.writeString(tampered, nested);
        assertStopsBeforeKeycloak(run, keycloak.demoPassword(), tampered, "cannot read clientAdditions");
    }

    @Test
    void aMissingAdditionsFileStopsTheScriptBeforeKeycloak(@TempDir Path run) {
        assertStopsBeforeKeycloak(run, keycloak.demoPassword(), run.resolve("missing.json"), "cannot read");
    }

    /** Runs the script with a kcadm stub that records every call: it must fail with the message, never calling it. */
    private static void assertStopsBeforeKeycloak(Path run, String password, Path file, String message) {
        Path calls = run.resolve("kcadm-calls");
        Path stub = ShellScript.writeExecutable(run.resolve("kcadm-stub.sh"),
                "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n");

        ShellScript.Result result = runScript(run, password, stub, file);

        assertNotEquals(0, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains(message), result.toString());
        assertFalse(Files.exists(calls), "kcadm was called: " + ShellScript.read(calls));
        assertNoTraceLeft(run, result);
    }

    @Test
    void theJobRunsTheScriptWithTheVariablesItReadsAndAWritableTmp() throws IOException {
        JsonNode job;
        try (MappingIterator<JsonNode> documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .readValues(K8sLayout.k8s().resolve("keycloak/dev/job.yaml").toFile())) {
            job = documents.readAll().stream().filter(d -> "Job".equals(d.path("kind").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no Job in keycloak/dev/job.yaml"));
        }
        JsonNode pod = job.path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        assertEquals(List.of("/bin/bash", "/dev-additions/import-dev-additions.sh"),
                Json.texts(container.get("command")));

        List<String> env = new ArrayList<>();
        container.path("env").forEach(e -> env.add(e.path("name").asText()));
        assertEquals(List.of("KEYCLOAK_URL", "KEYCLOAK_ADMIN_USER", "KEYCLOAK_ADMIN_PASSWORD", "YOS_DEMO_PASSWORD",
                "DEV_ADDITIONS_FILE"), env, "KCADM and TMPDIR keep their defaults (the image's kcadm.sh, /tmp)");
        String scriptText = ShellScript.read(script);
        env.forEach(name -> assertTrue(scriptText.contains(name), name + " is not read by the script"));
        assertTrue(scriptText.contains("${KCADM:-/opt/keycloak/bin/kcadm.sh}"), "the Keycloak image's kcadm.sh");

        // the root file system is read-only: kcadm's config goes to a mktemp directory, so /tmp must be writable
        assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean());
        JsonNode tmpMount = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                tmpMount = mount;
            }
        }
        assertNotNull(tmpMount, "no volume at /tmp");
        assertFalse(tmpMount.path("readOnly").asBoolean(false));
        String tmpVolume = tmpMount.path("name").asText();
        boolean emptyDir = false;
        for (JsonNode volume : pod.path("volumes")) {
            emptyDir |= tmpVolume.equals(volume.path("name").asText()) && volume.has("emptyDir");
        }
        assertTrue(emptyDir, "/tmp is not an emptyDir");
    }

    // --- running the script ---------------------------------------------------------------------------------------

    /**
     * Runs the real script with bash in a clean environment: only PATH, the Job's variables, {@code KCADM} (the dist's
     * kcadm.sh unless a stub is given), {@code JAVA} for kcadm.sh, and a HOME and TMPDIR of its own under {@code run}.
     */
    private static ShellScript.Result runScript(Path run, String demoPassword, Path kcadm, Path file) {
        Map<String, String> env = new HashMap<>();
        try {
            env.put("HOME", Files.createDirectories(run.resolve("home")).toString());
            env.put("TMPDIR", Files.createDirectories(run.resolve("tmp")).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("JAVA", Processes.javaExecutable());
        env.put("KCADM", (kcadm != null ? kcadm : kcadmSh()).toString());
        env.put("KEYCLOAK_URL", keycloak.localBaseUrl());
        env.put("KEYCLOAK_ADMIN_USER", keycloak.adminUsername());
        env.put("KEYCLOAK_ADMIN_PASSWORD", keycloak.adminPassword());
        if (demoPassword != null) {
            env.put("YOS_DEMO_PASSWORD", demoPassword);
        }
        env.put("DEV_ADDITIONS_FILE", file.toString());
        return ShellScript.run(script, env, run, SCRIPT_TIMEOUT);
    }

    /** Nothing in HOME (read-only in the Job), and the temporary kcadm config (it holds an admin token) is gone. */
    private static void assertNoTraceLeft(Path run, ShellScript.Result result) {
        assertEquals(List.of(), list(run.resolve("home")), "the script wrote to HOME: " + result);
        assertEquals(List.of(), list(run.resolve("tmp")), "the script left files in TMPDIR: " + result);
    }

    /** The admin CLI of devstack's unpacked dist (the Job uses the same one from the Keycloak image). */
    private static Path kcadmSh() {
        return KeycloakServer.defaultDist().resolve("bin/kcadm.sh");
    }

    private static int resourceCount() {
        return additions.get("clients").size() + additions.get("users").size();
    }

    /** The values the file's clientAdditions give yos-web's {@code field} (redirectUris or webOrigins). */
    private static List<String> clientAdditions(String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode addition : additions.path("clientAdditions")) {
            if ("yos-web".equals(addition.path("clientId").asText())) {
                values.addAll(Json.texts(addition.get(field)));
            }
        }
        return values;
    }

    private static int clientAdditionCount() {
        int count = 0;
        for (JsonNode addition : additions.path("clientAdditions")) {
            count += addition.path("redirectUris").size() + addition.path("webOrigins").size();
        }
        return count;
    }

    private static JsonNode webClient() {
        JsonNode found = adminGet("/clients?clientId=yos-web");
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    // --- Keycloak ---------------------------------------------------------------------------------------------------

    private static TokenClient.TokenResponse passwordGrant(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", KeycloakServer.DEV_CLI_CLIENT);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return keycloak.tokens().request(form);
    }

    private static HttpRequest.Builder admin(String pathInRealm) {
        return HttpRequest.newBuilder(URI.create(keycloak.localBaseUrl() + "/admin/realms/yos" + pathInRealm))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + keycloak.adminToken());
    }

    private static JsonNode adminGet(String pathInRealm) {
        HttpResponse<String> response = Http.send(admin(pathInRealm).header("Accept", "application/json").GET().build());
        assertEquals(200, response.statusCode(), pathInRealm + ": " + response.body());
        return Json.parse(response.body());
    }

    /** The realm's clients and users as the admin API shows them, with each user's credentials and realm roles. */
    private static JsonNode realmSnapshot() {
        ObjectNode snapshot = Json.MAPPER.createObjectNode();
        snapshot.set("clients", adminGet("/clients?max=1000"));
        ArrayNode users = snapshot.putArray("users");
        for (JsonNode user : adminGet("/users?briefRepresentation=false&max=1000")) {
            ObjectNode copy = user.deepCopy();
            String id = user.get("id").asText();
            copy.set("credentials", adminGet("/users/" + id + "/credentials"));
            copy.set("realmRoles", adminGet("/users/" + id + "/role-mappings/realm"));
            users.add(copy);
        }
        return snapshot;
    }

    // --- small helpers ----------------------------------------------------------------------------------------------

    private static List<String> clientIds(ObjectNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }

    private static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
