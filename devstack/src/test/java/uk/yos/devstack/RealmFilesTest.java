package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RealmFilesTest {

    private static final Set<String> YOS_ROLES = Set.of("case-manager", "operations-manager", "head-of-service",
            "rj-worker", "panel-coordinator", "panel-volunteer", "prevention-worker", "police-referrer",
            "performance-analyst", "partner-agency", "admin");

    @Test
    void productionRealmHasOnlyTheServiceAccountAndNoDevClient() {
        ObjectNode realm = RealmFiles.productionRealm();
        assertEquals("yos", realm.get("realm").asText());
        assertEquals(List.of("service-account-yos-partner-police"), names(realm.get("users"), "username"));
        assertEquals("6f1c2a80-0000-4000-8000-000000000014", realm.get("users").get(0).get("id").asText());
        assertEquals("yos-partner-police", realm.get("users").get(0).get("serviceAccountClientId").asText());
        assertFalse(realm.get("users").get(0).has("credentials"));
        assertEquals(List.of("yos-web", "yos-partner-police"), names(realm.get("clients"), "clientId"));
        assertFalse(Json.write(realm).contains("yos-dev-cli"));
        assertFalse(Json.write(realm).contains("YOS_DEMO_PASSWORD"));
    }

    @Test
    void productionRealmSecuritySettings() {
        ObjectNode realm = RealmFiles.productionRealm();
        assertEquals("external", realm.get("sslRequired").asText());
        assertTrue(realm.get("bruteForceProtected").asBoolean());
        assertFalse(realm.get("registrationAllowed").asBoolean());
        assertTrue(realm.get("accessTokenLifespan").asInt() <= 300);
        Set<String> roles = new TreeSet<>(names(realm.path("roles").path("realm"), "name"));
        assertTrue(roles.containsAll(YOS_ROLES), roles.toString());
        realm.path("roles").path("realm").forEach(r -> assertFalse(r.path("description").asText().isBlank()));

        JsonNode web = client(realm, "yos-web");
        assertTrue(web.get("publicClient").asBoolean());
        assertTrue(web.get("standardFlowEnabled").asBoolean());
        assertFalse(web.get("directAccessGrantsEnabled").asBoolean());
        assertFalse(web.get("implicitFlowEnabled").asBoolean());
        assertEquals("S256", web.get("attributes").get("pkce.code.challenge.method").asText());

        JsonNode police = client(realm, "yos-partner-police");
        assertFalse(police.get("publicClient").asBoolean());
        assertTrue(police.get("serviceAccountsEnabled").asBoolean());
        assertFalse(police.get("standardFlowEnabled").asBoolean());
        assertFalse(police.get("directAccessGrantsEnabled").asBoolean());
        assertEquals("${YOS_PARTNER_POLICE_SECRET}", police.get("secret").asText(), "no secret in clear");

        for (JsonNode c : realm.get("clients")) {
            assertTrue(names(c.get("defaultClientScopes"), null).contains("yos-api"), c.get("clientId").asText());
        }
    }

    @Test
    void userProfileLetsOnlyAdminsEditTeamAndOrganisation() {
        JsonNode component = RealmFiles.productionRealm().path("components")
                .path("org.keycloak.userprofile.UserProfileProvider").get(0);
        assertEquals("declarative-user-profile", component.get("providerId").asText());
        JsonNode config = Json.parse(component.path("config").path("kc.user.profile.config").get(0).asText());
        assertFalse(config.has("unmanagedAttributePolicy"), "unmanaged attributes stay disabled");
        for (String attribute : List.of("team", "organisation")) {
            JsonNode a = null;
            for (JsonNode candidate : config.get("attributes")) {
                if (candidate.get("name").asText().equals(attribute)) {
                    a = candidate;
                }
            }
            assertTrue(a != null, attribute + " declared");
            assertEquals(List.of("admin"), names(a.path("permissions").path("edit"), null));
            assertEquals(List.of("admin", "user"), names(a.path("permissions").path("view"), null));
        }
    }

    @Test
    void devAdditionsAreAppended() {
        ObjectNode production = RealmFiles.productionRealm();
        ObjectNode merged = RealmFiles.devRealm();
        assertEquals(List.of("yos-web", "yos-partner-police", "yos-dev-cli"), names(merged.get("clients"), "clientId"));
        assertEquals(14, merged.get("users").size());
        assertEquals("service-account-yos-partner-police", merged.get("users").get(0).get("username").asText());
        assertFalse(merged.has("_comment"));
        assertEquals(1, production.get("users").size(), "the production realm is not modified");

        JsonNode dev = client(merged, "yos-dev-cli");
        assertTrue(dev.get("publicClient").asBoolean());
        assertTrue(dev.get("directAccessGrantsEnabled").asBoolean());
        assertFalse(dev.get("standardFlowEnabled").asBoolean());
        assertTrue(names(dev.get("defaultClientScopes"), null).contains("yos-api"));
    }

    @Test
    void demoUsersHaveFixedIdsRolesTeamsAndNoPasswordInClear() {
        ObjectNode merged = RealmFiles.devRealm();
        JsonNode cmNorth = user(merged, "case-manager-north");
        assertEquals("6f1c2a80-0000-4000-8000-000000000001", cmNorth.get("id").asText());
        assertTrue(names(cmNorth.get("realmRoles"), null).contains("case-manager"));
        assertEquals("NORTH_OOC", cmNorth.path("attributes").path("team").get(0).asText());
        assertEquals("YOS", cmNorth.path("attributes").path("organisation").get(0).asText());
        JsonNode police = user(merged, "police-referrer");
        assertEquals("6f1c2a80-0000-4000-8000-000000000010", police.get("id").asText());
        assertFalse(police.path("attributes").has("team"));
        assertEquals("NORTHAMPTONSHIRE_POLICE", police.path("attributes").path("organisation").get(0).asText());
        assertEquals("NHS_HEALTH", user(merged, "partner-agency").path("attributes").path("organisation").get(0).asText());
        assertEquals("6f1c2a80-0000-4000-8000-000000000013", user(merged, "admin").get("id").asText());
        for (JsonNode u : RealmFiles.devAdditions().get("users")) {
            for (JsonNode credential : u.path("credentials")) {
                assertEquals("${YOS_DEMO_PASSWORD}", credential.get("value").asText(), u.get("username").asText());
            }
        }
    }

    @Test
    void devAdditionsLetTheGatewaysSwaggerUiSignInWithTheFrontEndClientAndNothingElse() {
        JsonNode production = client(RealmFiles.productionRealm(), "yos-web");
        assertFalse(Json.write(production).contains("swagger-ui"), "the production realm has no Swagger UI redirect");
        assertFalse(Json.write(production).contains(":8080"), "nor the local gateway");

        ObjectNode merged = RealmFiles.devRealm();
        JsonNode web = client(merged, "yos-web");
        List<String> redirects = names(web.get("redirectUris"), null);
        List<String> origins = names(web.get("webOrigins"), null);
        assertEquals(List.of("http://localhost:3000/*", "http://localhost:5173/*",
                "http://localhost:8080/q/swagger-ui/oauth2-redirect.html",
                "https://api.yos-dev.localtest.me/q/swagger-ui/oauth2-redirect.html"), redirects);
        assertEquals(List.of("http://localhost:3000", "http://localhost:5173", "http://localhost:8080",
                "https://api.yos-dev.localtest.me"), origins);
        assertFalse(merged.has(RealmFiles.CLIENT_ADDITIONS), "not a realm field");
        // everything else about yos-web, and every other client, is the production realm's
        ObjectNode withoutLists = web.deepCopy();
        withoutLists.remove(List.of("redirectUris", "webOrigins"));
        ObjectNode productionWithoutLists = production.deepCopy();
        productionWithoutLists.remove(List.of("redirectUris", "webOrigins"));
        assertEquals(productionWithoutLists, withoutLists);
        assertEquals(client(RealmFiles.productionRealm(), "yos-partner-police"), client(merged, "yos-partner-police"));
    }

    @Test
    void theDevRealmOfAStackAddsItsGatewaysSwaggerUiOnce() {
        JsonNode web = client(RealmFiles.devRealm("http://localhost:18080"), "yos-web");
        assertTrue(names(web.get("redirectUris"), null).contains("http://localhost:18080/q/swagger-ui/oauth2-redirect.html"));
        assertTrue(names(web.get("webOrigins"), null).contains("http://localhost:18080"));
        assertEquals(5, web.get("redirectUris").size());

        JsonNode onDefaultPort = client(RealmFiles.devRealm("http://localhost:8080/"), "yos-web");
        assertEquals(names(client(RealmFiles.devRealm(), "yos-web").get("redirectUris"), null),
                names(onDefaultPort.get("redirectUris"), null), "what the file already has is not added twice");
        assertEquals(4, onDefaultPort.get("webOrigins").size());
    }

    @Test
    void clientAdditionsAddOnlyRedirectUrisAndWebOriginsToAClientThatExists() {
        ObjectNode realm = RealmFiles.productionRealm();
        assertThrows(DevStackException.class, () -> RealmFiles.merge(realm, clientAddition("no-such-client",
                "redirectUris", Json.MAPPER.createArrayNode().add("http://localhost:1/cb"))));
        assertThrows(DevStackException.class, () -> RealmFiles.merge(realm, clientAddition("yos-web",
                "publicClient", Json.MAPPER.getNodeFactory().booleanNode(false))));
        assertThrows(DevStackException.class, () -> RealmFiles.merge(realm, clientAddition("yos-web",
                "attributes", Json.MAPPER.createObjectNode().put("pkce.code.challenge.method", "plain"))));
        assertThrows(DevStackException.class, () -> RealmFiles.merge(realm, clientAddition("yos-web",
                "webOrigins", Json.MAPPER.createArrayNode().add(1))));
        ObjectNode notAList = Json.MAPPER.createObjectNode();
        notAList.putObject(RealmFiles.CLIENT_ADDITIONS);
        assertThrows(DevStackException.class, () -> RealmFiles.merge(realm, notAList));

        ObjectNode merged = RealmFiles.merge(realm, clientAddition("yos-web", "webOrigins",
                Json.MAPPER.createArrayNode().add("http://localhost:3000").add("http://localhost:9999")));
        assertEquals(List.of("http://localhost:3000", "http://localhost:5173", "http://localhost:9999"),
                names(client(merged, "yos-web").get("webOrigins"), null));
        assertEquals(2, client(realm, "yos-web").get("webOrigins").size(), "the realm given is not modified");
    }

    private static ObjectNode clientAddition(String clientId, String field, JsonNode value) {
        ObjectNode additions = Json.MAPPER.createObjectNode();
        additions.putArray(RealmFiles.CLIENT_ADDITIONS).addObject().put("clientId", clientId).set(field, value);
        return additions;
    }

    @Test
    void mergeRejectsDuplicatesAndNonArrays() {
        ObjectNode realm = RealmFiles.productionRealm();
        ObjectNode dupClient = Json.MAPPER.createObjectNode();
        dupClient.putArray("clients").addObject().put("clientId", "yos-web");
        assertThrows(DevStackException.class, () -> RealmFiles.merge(realm, dupClient));
        ObjectNode override = Json.MAPPER.createObjectNode().put("sslRequired", "none");
        assertThrows(DevStackException.class, () -> RealmFiles.merge(realm, override));
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.get("clients")) {
            if (c.get("clientId").asText().equals(clientId)) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode user(JsonNode realm, String username) {
        for (JsonNode u : realm.get("users")) {
            if (u.get("username").asText().equals(username)) {
                return u;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
        return out;
    }
}
