package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts a real Keycloak (from devstack/target/keycloak) once for the class, with the merged dev realm. */
class KeycloakServerTest {

    private static final String CASE_MANAGER_NORTH_ID = "6f1c2a80-0000-4000-8000-000000000001";

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.start(KeycloakOptions.builder().build());
        System.out.println("Keycloak started in " + keycloak.startTime().toMillis() + " ms on port " + keycloak.port());
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void issuerIsStableAndLocalhost() {
        JsonNode config = Json.parse(Http.get(keycloak.localBaseUrl()
                + "/realms/yos/.well-known/openid-configuration").body());
        assertEquals("http://localhost:" + keycloak.port() + "/realms/yos", config.get("issuer").asText());
        assertEquals(keycloak.issuerUrl(), config.get("issuer").asText());
    }

    @Test
    void demoUserTokenCarriesAudienceRolesTeamAndOrganisation() {
        JsonNode claims = Jwt.claims(keycloak.tokenFor("case-manager-north"));
        assertTrue(Json.texts(claims.get("aud")).contains("yos-api"), claims.toString());
        assertTrue(Json.texts(claims.path("realm_access").path("roles")).contains("case-manager"), claims.toString());
        assertEquals("NORTH_OOC", claims.path("team").asText());
        assertEquals("YOS", claims.path("organisation").asText());
        assertEquals(CASE_MANAGER_NORTH_ID, claims.path("sub").asText());
        assertEquals("case-manager-north", claims.path("preferred_username").asText());
        assertEquals(keycloak.issuerUrl(), claims.path("iss").asText());
        assertEquals("yos-dev-cli", claims.path("azp").asText());
    }

    @Test
    void userWithoutTeamHasNoTeamClaim() {
        JsonNode claims = Jwt.claims(keycloak.tokenFor("police-referrer"));
        assertTrue(claims.path("team").isMissingNode(), claims.toString());
        assertEquals("NORTHAMPTONSHIRE_POLICE", claims.path("organisation").asText());
        assertTrue(Json.texts(claims.path("realm_access").path("roles")).contains("police-referrer"));
    }

    @Test
    void partnerPoliceClientCredentials() {
        String token = keycloak.clientCredentialsToken("yos-partner-police", keycloak.partnerPoliceSecret());
        JsonNode claims = Jwt.claims(token);
        assertTrue(Json.texts(claims.get("aud")).contains("yos-api"), claims.toString());
        assertEquals(List.of("police-referrer"), Json.texts(claims.path("realm_access").path("roles")),
                "full scope is off: only the YOS roles mapped to the yos-api scope");
        assertEquals("NORTHAMPTONSHIRE_POLICE", claims.path("organisation").asText());
        assertEquals("6f1c2a80-0000-4000-8000-000000000014", claims.path("sub").asText());
    }

    @Test
    void partnerPoliceWithTheWrongSecretIsRefused() {
        TokenClient.TokenRequestException e = assertThrows(TokenClient.TokenRequestException.class,
                () -> keycloak.clientCredentialsToken("yos-partner-police", "${YOS_PARTNER_POLICE_SECRET}"));
        assertEquals(401, e.response().status());
    }

    @Test
    void webClientRefusesThePasswordGrant() {
        TokenClient.TokenResponse response = keycloak.tokens().request(Map.of(
                "grant_type", "password", "client_id", "yos-web",
                "username", "case-manager-north", "password", keycloak.demoPassword()));
        assertEquals(400, response.status(), response.body().toString());
        assertEquals("unauthorized_client", response.error());
        assertTrue(response.body().path("access_token").isMissingNode());
    }

    @Test
    void webClientTokensCarryOnlyYosRoles() {
        // the admin API's "evaluate scopes" mints the token yos-web would get after the browser login
        String admin = keycloak.adminToken();
        String webId = Json.parse(Http.send(authorized(keycloak.localBaseUrl()
                + "/admin/realms/yos/clients?clientId=yos-web", admin).GET().build()).body()).get(0).get("id").asText();
        HttpResponse<String> example = Http.send(authorized(keycloak.localBaseUrl() + "/admin/realms/yos/clients/" + webId
                + "/evaluate-scopes/generate-example-access-token?scope=openid&userId="
                + "6f1c2a80-0000-4000-8000-000000000003", admin).GET().build());
        assertEquals(200, example.statusCode(), example.body());
        JsonNode claims = Json.parse(example.body());
        assertEquals(List.of("operations-manager"), Json.texts(claims.path("realm_access").path("roles")));
        assertTrue(Json.texts(claims.get("aud")).contains("yos-api"));
        assertEquals("NORTH_OOC", claims.path("team").asText());
    }

    @Test
    void userCannotChangeTheirOwnTeamThroughTheAccountApi() {
        String token = keycloak.tokenFor("case-manager-west");
        String account = keycloak.localBaseUrl() + "/realms/yos/account/";
        ObjectNode me = (ObjectNode) Json.parse(Http.send(authorized(account, token)
                .header("Accept", "application/json").GET().build()).body());
        assertEquals("WEST_OOC", me.path("attributes").path("team").get(0).asText());

        ObjectNode attempt = me.deepCopy();
        attempt.remove("userProfileMetadata");
        ((ObjectNode) attempt.get("attributes")).putArray("team").add("NORTH_OOC");
        ((ObjectNode) attempt.get("attributes")).putArray("organisation").add("NORTHAMPTONSHIRE_POLICE");
        HttpResponse<String> refused = Http.send(authorized(account, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(attempt))).build());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("error-user-attribute-read-only"), refused.body());

        // the same API does accept what a user may change, so the refusal above is about the team
        ObjectNode allowed = me.deepCopy();
        allowed.remove("userProfileMetadata");
        allowed.put("firstName", "Carys-Renamed");
        HttpResponse<String> accepted = Http.send(authorized(account, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(allowed))).build());
        assertEquals(204, accepted.statusCode(), accepted.body());

        // an attribute the profile does not declare is dropped, not stored
        ObjectNode unmanaged = allowed.deepCopy();
        ((ObjectNode) unmanaged.get("attributes")).putArray("team_override").add("NORTH_OOC");
        Http.send(authorized(account, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(unmanaged))).build());

        JsonNode claims = Jwt.claims(keycloak.tokenFor("case-manager-west"));
        assertEquals("WEST_OOC", claims.path("team").asText());
        assertEquals("YOS", claims.path("organisation").asText());
        assertEquals("Carys-Renamed", claims.path("given_name").asText());
        JsonNode after = Json.parse(Http.send(authorized(account, keycloak.tokenFor("case-manager-west"))
                .header("Accept", "application/json").GET().build()).body());
        assertEquals("WEST_OOC", after.path("attributes").path("team").get(0).asText());
        assertTrue(after.path("attributes").path("team_override").isMissingNode(), after.toString());
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThrows(TokenClient.TokenRequestException.class,
                () -> keycloak.tokenFor("head-of-service", "not-the-password"));
        assertNotNull(keycloak.tokenFor("head-of-service"));
    }

    private static HttpRequest.Builder authorized(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }
}
