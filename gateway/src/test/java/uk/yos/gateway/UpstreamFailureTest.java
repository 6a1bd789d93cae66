package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** An upstream that is down or slow is a 503 or 504 problem naming the service, and nothing about its insides. */
@QuarkusTest
class UpstreamFailureTest {

    @BeforeEach
    void resetStubs() {
        UpstreamStubs.reset();
    }

    @Test
    void anUpstreamRefusingConnectionsIsA503NamingTheService() {
        Response response = given().auth().oauth2(Callers.newUser()).header("X-Request-Id", "down-1")
                .get(UpstreamStubs.DEAD_PREFIX + "/1");

        JsonPath problem = assertProblem(response, 503);
        assertEquals("urn:yos:problem:service-unavailable", problem.getString("type"));
        assertEquals("dead-service is not available; try again shortly", problem.getString("detail"));
        assertEquals("down-1", problem.getString("requestId"));
        assertEquals(UpstreamStubs.DEAD_PREFIX + "/1", problem.getString("instance"));
        assertNoInternals(response.asString(), UpstreamStubs.deadPort());
        assertNotNull(response.header("RateLimit-Remaining"), "rate-limit headers on the gateway's own problems too");
    }

    @Test
    void anUpstreamSlowerThanItsTimeoutIsA504NamingTheService() {
        UpstreamStubs.server(UpstreamStubs.MISC).stubFor(get(urlEqualTo(UpstreamStubs.SLOW_PREFIX + "/1"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(UpstreamStubs.TOO_LATE_MS)));

        Response response = given().auth().oauth2(Callers.newUser()).get(UpstreamStubs.SLOW_PREFIX + "/1");

        JsonPath problem = assertProblem(response, 504);
        assertEquals("urn:yos:problem:gateway-timeout", problem.getString("type"));
        assertEquals("slow-service did not answer in time; try again shortly", problem.getString("detail"));
        assertNoInternals(response.asString(), UpstreamStubs.server(UpstreamStubs.MISC).port());
    }

    @Test
    void anOpenCircuitFailsFastWithout503ReachingTheUpstream() {
        var misc = UpstreamStubs.server(UpstreamStubs.MISC);
        misc.stubFor(get(urlPathMatching(UpstreamStubs.FLAKY_PREFIX + "/slow/.*"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(UpstreamStubs.TOO_LATE_MS)));
        misc.stubFor(get(urlEqualTo(UpstreamStubs.FLAKY_PREFIX + "/fast"))
                .willReturn(aResponse().withStatus(200).withBody("{\"fast\":true}")));
        String token = Callers.newUser();

        // Two timeouts open flaky-service's circuit (2 calls at a failure ratio of 0.5 in the test configuration).
        assertProblem(given().auth().oauth2(token).get(UpstreamStubs.FLAKY_PREFIX + "/slow/1"), 504);
        assertProblem(given().auth().oauth2(token).get(UpstreamStubs.FLAKY_PREFIX + "/slow/2"), 504);

        // WireMock would answer this one at once with a 200; the open circuit answers 503 without asking it.
        Response response = given().auth().oauth2(token).get(UpstreamStubs.FLAKY_PREFIX + "/fast");

        JsonPath problem = assertProblem(response, 503);
        assertEquals("flaky-service is not available; try again shortly", problem.getString("detail"));
        misc.verify(0, getRequestedFor(urlEqualTo(UpstreamStubs.FLAKY_PREFIX + "/fast")));
    }

    @Test
    void oneUpstreamDownLeavesTheOthersServed() {
        given().auth().oauth2(Callers.newUser()).get(UpstreamStubs.DEAD_PREFIX).then().statusCode(503);

        given().auth().oauth2(Callers.newUser()).get("/api/v1/cases").then().statusCode(200);
    }

    private static void assertNoInternals(String body, int port) {
        assertFalse(body.contains("127.0.0.1"), body);
        assertFalse(body.contains("localhost"), body);
        assertFalse(body.contains(Integer.toString(port)), body);
        assertFalse(body.toLowerCase().contains("refused"), body);
        assertFalse(body.toLowerCase().contains("timeout period"), body);
    }
}
