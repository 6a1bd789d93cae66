package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Requests without a valid token are limited per remote address, so nobody can make the gateway check forged tokens
 * without end; a caller with a valid token from the same address keeps its own allowance.
 */
@QuarkusTest
@TestProfile(UnauthenticatedRateLimitTest.ThreeUnauthenticatedRequests.class)
class UnauthenticatedRateLimitTest {

    private static final int LIMIT = 3;

    public static class ThreeUnauthenticatedRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yos.gateway.rate-limit.unauthenticated-requests-per-minute", Integer.toString(LIMIT));
        }
    }

    @BeforeEach
    void resetStubs() {
        UpstreamStubs.reset();
    }

    @Test
    void requestsWithoutAValidTokenAreLimitedPerAddressAndTellTheLimit() {
        for (int remaining = LIMIT - 1; remaining >= 0; remaining--) {
            Response response = given().auth().oauth2("not-a-token").get("/api/v1/cases");
            assertProblem(response, 401);
            assertEquals(Integer.toString(LIMIT), response.header("RateLimit-Limit"));
            assertEquals(Integer.toString(remaining), response.header("RateLimit-Remaining"));
        }

        Response refused = given().get("/api/v1/cases");

        assertEquals("urn:yos:problem:too-many-requests", assertProblem(refused, 429).getString("type"));
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1, "Retry-After " + refused.header("Retry-After"));
        UpstreamStubs.server("case-service").verify(0, anyRequestedFor(anyUrl()));
        given().auth().oauth2(Callers.newUser()).get("/api/v1/cases").then().statusCode(200);
    }
}
