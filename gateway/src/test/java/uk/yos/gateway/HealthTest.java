package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The gateway's own health does not follow its upstreams'; the upstreams group reports each of them. */
@QuarkusTest
class HealthTest {

    @BeforeEach
    void resetStubs() {
        UpstreamStubs.reset();
    }

    @Test
    void liveAndReadyAreUpWhileAnUpstreamIsDown() {
        // dead-service is always down, and case-service says it is not ready.
        UpstreamStubs.server("case-service").stubFor(get(urlEqualTo("/q/health/ready"))
                .willReturn(aResponse().withStatus(503).withBody("{\"status\":\"DOWN\"}")));

        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .header("X-Request-Id", notNullValue());
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theUpstreamsGroupReportsEachUpstream() {
        UpstreamStubs.server("case-service").stubFor(get(urlEqualTo("/q/health/ready"))
                .willReturn(aResponse().withStatus(503).withBody("{\"status\":\"DOWN\"}")));

        given().get("/q/health/group/upstreams").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks[0].name", equalTo("upstreams"))
                .body("checks[0].data.case-service", equalTo("DOWN"))
                .body("checks[0].data.dead-service", equalTo("DOWN"))
                .body("checks[0].data.referral-order-service", equalTo("UP"))
                .body("checks[0].data.victim-service", equalTo("UP"))
                .body("checks[0].data.prevention-service", equalTo("UP"))
                .body("checks[0].data.case-service-circuit", equalTo("CLOSED"));
    }

    @Test
    void aSlowUpstreamIsReportedDownWithinItsHealthTimeout() {
        UpstreamStubs.server(UpstreamStubs.MISC).stubFor(get(urlEqualTo("/q/health/ready"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(UpstreamStubs.TOO_LATE_MS)));

        given().get("/q/health/group/upstreams").then().statusCode(503)
                .body("checks[0].data.slow-service", equalTo("DOWN"))
                .body("checks[0].data.case-service", equalTo("UP"));
    }
}
