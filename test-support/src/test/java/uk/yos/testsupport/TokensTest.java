package uk.yos.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

class TokensTest {

    static Key publicKey;

    @BeforeAll
    static void readPublicKeyFromOidcServerJar() throws IOException, JoseException {
        try (InputStream jwk = TokensTest.class.getClassLoader().getResourceAsStream("publicKey.jwk")) {
            JsonWebKey key = JsonWebKey.Factory.newJwk(new String(jwk.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(Tokens.KEY_ID, key.getKeyId());
            publicKey = key.getKey();
        }
    }

    @Test
    void personaTokenVerifiesAndCarriesKeycloakShapedClaims() throws Exception {
        JwtContext jwt = verifier(publicKey).process(Persona.CASE_MANAGER_NORTH.token());
        JwtClaims claims = jwt.getJwtClaims();

        assertEquals("RS256", jwt.getJoseObjects().get(0).getAlgorithmHeaderValue());
        assertEquals("1", jwt.getJoseObjects().get(0).getKeyIdHeaderValue());
        assertEquals("https://server.example.com", claims.getIssuer());
        assertEquals("6f1c2a80-0000-4000-8000-000000000001", claims.getSubject());
        assertEquals(List.of("yos-api"), claims.getAudience());
        assertEquals("yos-web", claims.getStringClaimValue("azp"));
        assertEquals("case-manager-north", claims.getStringClaimValue("preferred_username"));
        assertEquals(Map.of("roles", List.of("case-manager")), claims.getClaimValue("realm_access"));
        assertEquals("NORTH_OOC", claims.getStringClaimValue("team"));
        assertEquals("YOS", claims.getStringClaimValue("organisation"));
        assertEquals("Bearer", claims.getStringClaimValue("typ"));
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    @Test
    void personaWithoutTeamHasNoTeamClaim() throws Exception {
        JwtClaims police = verifier(publicKey).processToClaims(Persona.POLICE_REFERRER.token());
        assertFalse(police.hasClaim("team"));
        assertEquals("NORTHAMPTONSHIRE_POLICE", police.getStringClaimValue("organisation"));
        assertEquals("6f1c2a80-0000-4000-8000-000000000010", police.getSubject());
    }

    @Test
    void partnerClientLooksLikeAKeycloakServiceAccount() throws Exception {
        JwtClaims client = verifier(publicKey).processToClaims(Persona.POLICE_PARTNER_CLIENT.token());
        assertEquals("yos-partner-police", client.getStringClaimValue("azp"));
        assertEquals("service-account-yos-partner-police", client.getStringClaimValue("preferred_username"));
        assertEquals("6f1c2a80-0000-4000-8000-000000000014", client.getSubject());
        assertEquals(Map.of("roles", List.of("police-referrer")), client.getClaimValue("realm_access"));
        assertEquals("NORTHAMPTONSHIRE_POLICE", client.getStringClaimValue("organisation"));
    }

    @Test
    void personasHaveDistinctFixedSubjectsAndUsernames() {
        assertEquals(14, Persona.values().length);
        assertEquals(14, Arrays.stream(Persona.values()).map(Persona::subject).distinct().count());
        assertEquals(14, Arrays.stream(Persona.values()).map(Persona::username).distinct().count());
        assertEquals("6f1c2a80-0000-4000-8000-000000000013", Persona.ADMIN.subject());
        Set<String> staff = Arrays.stream(Persona.values()).filter(p -> p.organisation().equals("YOS"))
                .map(Persona::username).collect(Collectors.toSet());
        assertFalse(staff.contains("police-referrer") || staff.contains("partner-agency"));
    }

    @Test
    void builderOverridesRolesTeamAndOrganisation() throws Exception {
        String token = Tokens.builder(Persona.CASE_MANAGER_NORTH).withoutTeam().roles("case-manager", "admin")
                .organisation("NHS_HEALTH").claim("acr", "1").sign();
        JwtClaims claims = verifier(publicKey).processToClaims(token);
        assertFalse(claims.hasClaim("team"));
        assertEquals(Map.of("roles", List.of("case-manager", "admin")), claims.getClaimValue("realm_access"));
        assertEquals("NHS_HEALTH", claims.getStringClaimValue("organisation"));
        assertEquals("1", claims.getStringClaimValue("acr"));
    }

    @Test
    void expiredTokenIsRejected() {
        InvalidJwtException e = assertThrows(InvalidJwtException.class,
                () -> verifier(publicKey).process(Tokens.expired(Persona.RJ_WORKER)));
        assertTrue(e.hasExpired(), e.getMessage());
    }

    @Test
    void tokenForAnotherAudienceIsRejected() throws Exception {
        String token = Tokens.withAudience(Persona.RJ_WORKER, "other-api");
        assertThrows(InvalidJwtException.class, () -> verifier(publicKey).process(token));
        assertEquals(List.of("other-api"), verifierIgnoringAudience().processToClaims(token).getAudience());
    }

    @Test
    void tokenSignedWithUnknownKeyDoesNotVerify() throws Exception {
        String token = Tokens.signedWithUnknownKey(Persona.ADMIN);
        InvalidJwtException e = assertThrows(InvalidJwtException.class, () -> verifier(publicKey).process(token));
        assertTrue(e.getMessage().contains("signature"), e.getMessage());
        // Same kid as the real key, so a service fails it on the signature, not on key lookup.
        JwtContext unverified = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
                .setSkipSignatureVerification().build().process(token);
        assertEquals(Tokens.KEY_ID, unverified.getJoseObjects().get(0).getKeyIdHeaderValue());
    }

    /** End to end against the real WireMock OIDC server: its discovery issuer and its JWKS accept our tokens. */
    @Test
    void wireMockOidcServerAdvertisesOurIssuerAndKey() throws Exception {
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        try {
            String realm = oidc.start().get("keycloak.url") + "/realms/quarkus";
            HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(realm + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonPath config = JsonPath.from(discovery.body());
            assertEquals(Tokens.ISSUER, config.getString("issuer"));

            JwtConsumer viaJwks = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(config.getString("jwks_uri"))))
                    .setExpectedIssuer(config.getString("issuer"))
                    .setExpectedAudience("yos-api")
                    .setRequireExpirationTime()
                    .build();
            assertEquals("panel-volunteer",
                    viaJwks.processToClaims(Persona.PANEL_VOLUNTEER.token()).getStringClaimValue("preferred_username"));
            assertThrows(InvalidJwtException.class, () -> viaJwks.process(Tokens.signedWithUnknownKey(Persona.PANEL_VOLUNTEER)));
        } finally {
            oidc.stop();
        }
    }

    private static JwtConsumer verifier(Key key) {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer("https://server.example.com")
                .setExpectedAudience("yos-api")
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .build();
    }

    private static JwtConsumer verifierIgnoringAudience() {
        return new JwtConsumerBuilder().setVerificationKey(publicKey).setSkipDefaultAudienceValidation().build();
    }
}
