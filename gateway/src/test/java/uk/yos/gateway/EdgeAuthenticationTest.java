package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;
import uk.yos.web.security.CachedTokenVerification;

/** The token is checked at the edge: a request without a valid one never reaches a service. */
@QuarkusTest
class EdgeAuthenticationTest {

    private static final Persona SOMEONE = Persona.RJ_WORKER;

    @Inject
    CachedTokenVerification verification;

    @BeforeEach
    void resetStubs() {
        UpstreamStubs.reset();
    }

    static Stream<Arguments> invalidTokens() {
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("not a JWT", "not-a-jwt"),
                Arguments.of("expired", Tokens.expired(SOMEONE)),
                Arguments.of("not yet valid", Tokens.builder(SOMEONE).claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())
                        .expiresAt(Instant.now().plusSeconds(7200)).sign()),
                Arguments.of("another issuer", Tokens.builder(SOMEONE).claim("iss", "https://elsewhere.example.com").sign()),
                Arguments.of("another audience", Tokens.withAudience(SOMEONE, "another-api")),
                Arguments.of("audiences without ours", Tokens.builder(SOMEONE).claim("aud", List.of("account", "web")).sign()),
                Arguments.of("signed with an unknown key", Tokens.signedWithUnknownKey(SOMEONE)),
                Arguments.of("tampered claims", tamper(Tokens.of(SOMEONE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTokens")
    void isA401ProblemAndReachesNoService(String what, String token) {
        RequestSpecification request = given().header("X-Request-Id", "auth-test");
        if (token != null) {
            request.auth().oauth2(token);
        }

        Response response = request.get("/api/v1/victims/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

        JsonPath problem = assertProblem(response, 401);
        assertEquals("urn:yos:problem:unauthenticated", problem.getString("type"));
        assertEquals("auth-test", problem.getString("requestId"));
        assertEquals("Bearer", response.header("WWW-Authenticate"));
        for (String service : UpstreamStubs.SERVICES) {
            UpstreamStubs.server(service).verify(0, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    void anAudienceGivenAsAnArrayIsAccepted() {
        String token = Tokens.builder(SOMEONE).claim("sub", "array-audience").claim("aud", List.of("account", "yos-api")).sign();

        given().auth().oauth2(token).get("/api/v1/victims").then().statusCode(200).body("service", equalTo("victim-service"));
    }

    @Test
    void anAudienceGivenAsAStringIsAccepted() {
        given().auth().oauth2(Callers.newUser(SOMEONE)).get("/api/v1/victims")
                .then().statusCode(200).body("service", equalTo("victim-service"));
    }

    @Test
    void aTokenSentAgainIsServedFromTheVerifiedTokenCache() {
        String token = Callers.newUser(SOMEONE);
        long before = verification.fullChecks();

        given().auth().oauth2(token).get("/api/v1/victims").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(200);

        assertEquals(before + 1, verification.fullChecks());
    }

    static Stream<Arguments> invalidPresentedTokens() {
        return invalidTokens().filter(arguments -> arguments.get()[1] != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPresentedTokens")
    void anInvalidTokenIsCheckedInFullEveryTime(String what, String token) {
        long before = verification.fullChecks();

        given().auth().oauth2(token).get("/api/v1/victims").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/victims").then().statusCode(401);

        assertEquals(before + 2, verification.fullChecks());
    }

    @Test
    void rolesAreLeftToTheServices() {
        String noRoles = Tokens.builder(SOMEONE).claim("sub", "no-roles").roles().sign();

        given().auth().oauth2(noRoles).get("/api/v1/victims").then().statusCode(200);
    }

    /** Changes the payload but keeps the signature: the signature no longer matches. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String forged = payload.replace("\"rj-worker\"", "\"admin\"");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
