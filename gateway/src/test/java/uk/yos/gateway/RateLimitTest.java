package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;

/**
 * Limits per caller, per minute. The test profile allows 40 by default and 3 to the police's client
 * ({@code yos.gateway.rate-limit.clients.yos-partner-police.requests-per-minute}).
 */
@QuarkusTest
class RateLimitTest {

    private static final int DEFAULT_LIMIT = 40;
    private static final int POLICE_CLIENT_LIMIT = 3;

    @BeforeEach
    void resetStubs() {
        UpstreamStubs.reset();
    }

    @Test
    void everyProxiedResponseTellsTheLimit() {
        Response response = given().auth().oauth2(Callers.newUser()).get("/api/v1/panels");

        assertEquals(200, response.statusCode());
        assertEquals(Integer.toString(DEFAULT_LIMIT), response.header("RateLimit-Limit"));
        assertEquals(Integer.toString(DEFAULT_LIMIT - 1), response.header("RateLimit-Remaining"));
        long reset = Long.parseLong(response.header("RateLimit-Reset"));
        assertTrue(reset >= 1 && reset <= 60, "RateLimit-Reset " + reset);
        assertEquals(null, response.header("Retry-After"));
    }

    @Test
    void aUserOverTheLimitGets429WithRetryAfterAndOtherUsersAreUnaffected() {
        String user = Callers.newUser();
        // The bucket refills gradually (one request per 1.5 s at 40 a minute), so a few more may pass while the
        // loop runs; the first refusal comes right after the allowance is spent.
        int served = 0;
        Response response = given().auth().oauth2(user).get("/api/v1/volunteers");
        while (response.statusCode() == 200 && served < 2 * DEFAULT_LIMIT) {
            served++;
            response = given().auth().oauth2(user).get("/api/v1/volunteers");
        }

        assertTooManyRequests(response, DEFAULT_LIMIT);
        assertTrue(served >= DEFAULT_LIMIT && served < DEFAULT_LIMIT + 5, "served " + served);
        UpstreamStubs.server("referral-order-service").verify(served, getRequestedFor(urlEqualTo("/api/v1/volunteers")));
        given().auth().oauth2(Callers.newUser()).get("/api/v1/volunteers").then().statusCode(200)
                .header("RateLimit-Remaining", Integer.toString(DEFAULT_LIMIT - 1));
    }

    @Test
    void aClientCredentialsCallerIsLimitedAsItsClientWithItsOwnLimit() {
        String path = "/api/v1/prevention-referrals/" + UUID.randomUUID();
        for (int i = 1; i <= POLICE_CLIENT_LIMIT; i++) {
            // A new token each time, as a client would get: the limit follows the client, not the token.
            given().auth().oauth2(Tokens.of(Persona.POLICE_PARTNER_CLIENT)).get(path).then().statusCode(200)
                    .header("RateLimit-Limit", Integer.toString(POLICE_CLIENT_LIMIT))
                    .header("RateLimit-Remaining", Integer.toString(POLICE_CLIENT_LIMIT - i));
        }

        assertTooManyRequests(given().auth().oauth2(Tokens.of(Persona.POLICE_PARTNER_CLIENT)).get(path), POLICE_CLIENT_LIMIT);
        UpstreamStubs.server("prevention-service").verify(POLICE_CLIENT_LIMIT, getRequestedFor(urlEqualTo(path)));

        // Another client, and any user, still have their whole allowance.
        String otherClient = Tokens.builder(Persona.POLICE_PARTNER_CLIENT).claim("azp", "yos-partner-health")
                .claim("client_id", "yos-partner-health").claim("sub", "service-account-yos-partner-health").sign();
        given().auth().oauth2(otherClient).get(path).then().statusCode(200)
                .header("RateLimit-Limit", Integer.toString(DEFAULT_LIMIT))
                .header("RateLimit-Remaining", Integer.toString(DEFAULT_LIMIT - 1));
        given().auth().oauth2(Callers.newUser(Persona.POLICE_REFERRER)).get(path).then().statusCode(200)
                .header("RateLimit-Remaining", Integer.toString(DEFAULT_LIMIT - 1));
    }

    private static void assertTooManyRequests(Response response, int limit) {
        JsonPath problem = assertProblem(response, 429);
        assertEquals("urn:yos:problem:too-many-requests", problem.getString("type"));
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(Integer.toString(limit), response.header("RateLimit-Limit"));
        assertEquals("0", response.header("RateLimit-Remaining"));
        assertTrue(Long.parseLong(response.header("RateLimit-Reset")) >= retryAfter);
    }
}
