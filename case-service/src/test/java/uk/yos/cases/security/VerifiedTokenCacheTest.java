package uk.yos.cases.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.ext.web.RoutingContext;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;
import uk.yos.web.security.CachedTokenVerification;

/**
 * A token is checked in full once, then served from common-web's verified-token cache until it expires: with the
 * same roles, caller and claims. A token the full check refuses is refused every time and never cached.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    CachedTokenVerification verification;

    @Inject
    LastIdentity lastIdentity;

    @Test
    void aTokenSentAgainIsNotCheckedAgain() {
        String token = uniqueToken(Persona.CASE_MANAGER_NORTH);
        long before = verification.fullChecks();

        with(token).get("/api/v1/young-people").then().statusCode(200);
        assertEquals(before + 1, verification.fullChecks());

        with(token).get("/api/v1/young-people").then().statusCode(200);
        with(token).get("/api/v1/cases").then().statusCode(200);
        assertEquals(before + 1, verification.fullChecks(), "the second and third requests come from the cache");
    }

    @Test
    void aCachedTokenKeepsItsRolesAndItsCallersTeam() {
        String caseManager = uniqueToken(Persona.CASE_MANAGER_NORTH);
        String analyst = uniqueToken(Persona.PERFORMANCE_ANALYST);
        for (int request = 1; request <= 2; request++) {
            with(caseManager).body(Fixtures.youngPerson("NORTH_OOC")).post("/api/v1/young-people")
                    .then().statusCode(201).body("teamCode", equalTo("NORTH_OOC"));
            assertProblem(with(caseManager).body(Fixtures.youngPerson("WEST_OOC")).post("/api/v1/young-people"), 403);
            assertProblem(with(analyst).get("/api/v1/young-people"), 403);
        }
    }

    @Test
    void theCachedIdentityIsTheOneQuarkusOidcBuilt() {
        String token = uniqueToken(Persona.CASE_MANAGER_NORTH);
        long before = verification.fullChecks();

        with(token).get("/api/v1/young-people").then().statusCode(200);
        SecurityIdentity checked = lastIdentity.get();
        with(token).get("/api/v1/young-people").then().statusCode(200);
        SecurityIdentity cached = lastIdentity.get();

        assertEquals(before + 1, verification.fullChecks());
        assertNotSame(checked, cached);
        assertEquals(checked.getPrincipal().getClass(), cached.getPrincipal().getClass());
        assertEquals(checked.getPrincipal().getName(), cached.getPrincipal().getName());
        assertEquals(checked.getRoles(), cached.getRoles());
        assertEquals(checked.getPermissions(), cached.getPermissions());
        assertEquals(token, cached.getCredential(AccessTokenCredential.class).getToken());
        JsonWebToken checkedJwt = (JsonWebToken) checked.getPrincipal();
        JsonWebToken cachedJwt = (JsonWebToken) cached.getPrincipal();
        assertEquals(checkedJwt.getClaimNames(), cachedJwt.getClaimNames());
        for (String claim : checkedJwt.getClaimNames()) {
            assertEquals(String.valueOf((Object) checkedJwt.getClaim(claim)), String.valueOf((Object) cachedJwt.getClaim(claim)),
                    claim);
        }
        Map<String, Object> checkedAttributes = new HashMap<>(checked.getAttributes());
        Map<String, Object> cachedAttributes = new HashMap<>(cached.getAttributes());
        // Each identity carries its own request's routing context; everything else is the same.
        assertNotSame(checkedAttributes.remove(RoutingContext.class.getName()),
                cachedAttributes.remove(RoutingContext.class.getName()));
        assertEquals(checkedAttributes, cachedAttributes);
    }

    static Stream<Arguments> refusedTokens() {
        Persona someone = Persona.CASE_MANAGER_NORTH;
        return Stream.of(
                Arguments.of("signed with an unknown key", Tokens.signedWithUnknownKey(someone)),
                Arguments.of("another audience", Tokens.withAudience(someone, "another-api")),
                Arguments.of("another issuer", Tokens.builder(someone).claim("iss", "https://elsewhere.example.com").sign()),
                Arguments.of("expired", Tokens.expired(someone)),
                Arguments.of("tampered claims", tampered(Tokens.of(someone))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aRefusedTokenIsRefusedEveryTimeAndNeverCached(String what, String token) {
        long before = verification.fullChecks();

        assertProblem(with(token).get("/api/v1/young-people"), 401);
        assertProblem(with(token).get("/api/v1/young-people"), 401);

        assertEquals(before + 2, verification.fullChecks(), "each request goes to the full check");
    }

    @Test
    void aValidTokenDoesNotVouchForATamperedCopy() {
        String token = uniqueToken(Persona.PERFORMANCE_ANALYST);
        with(token).get("/api/v1/reference-data/teams").then().statusCode(200);

        String forged = tampered(token);
        assertFalse(forged.equals(token));
        assertProblem(with(forged).get("/api/v1/young-people"), 401);
    }

    private static RequestSpecification with(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A token no other test sends, so its first request is a cache miss. */
    private static String uniqueToken(Persona persona) {
        return Tokens.builder(persona).claim("jti", UUID.randomUUID().toString()).sign();
    }

    /** Gives the payload a role it was not signed with, keeping the signature. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        java.util.Base64.Decoder decoder = java.util.Base64.getUrlDecoder();
        String payload = new String(decoder.decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String forged = payload.replaceFirst("\"roles\":\\[", "\"roles\":[\"case-manager\",");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
