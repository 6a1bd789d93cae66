package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.gateway.upstream.Upstream;
import uk.yos.gateway.upstream.Upstreams;

/**
 * The circuit of an upstream opens on the share of its own failures in a window, never before the window holds its
 * minimum of calls, and recovers through one trial call once its open duration has passed.
 */
@QuarkusTest
class CircuitBreakerTest {

    @Inject
    Upstreams upstreams;

    private final WireMockServer misc = UpstreamStubs.server(UpstreamStubs.MISC);

    @BeforeEach
    void resetStubs() {
        UpstreamStubs.reset();
        misc.stubFor(get(urlPathMatching(".*/reset/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    @Test
    void aFewFailuresAmongManyCallsLeaveTheCircuitClosed() {
        String token = Callers.newUser();
        for (int i = 0; i < UpstreamStubs.STEADY_MINIMUM_CALLS; i++) {
            given().auth().oauth2(token).get(UpstreamStubs.STEADY_PREFIX + "/ok/" + i).then().statusCode(200);
        }
        // Four resets by the service among fourteen calls: a share of 0.29, under the 0.5 that opens the circuit.
        for (int i = 0; i < 4; i++) {
            assertProblem(given().auth().oauth2(token).get(UpstreamStubs.STEADY_PREFIX + "/reset/" + i), 503);
        }

        given().auth().oauth2(token).get(UpstreamStubs.STEADY_PREFIX + "/ok/last").then().statusCode(200);
        Upstream steady = upstreams.named("steady-service").orElseThrow();
        assertEquals(CircuitBreaker.State.CLOSED, steady.circuitState());
        assertEquals(4, steady.failedCalls(), "the service's own failures are counted");
    }

    @Test
    void anOpenCircuitLetsOneTrialCallThroughAfterItsOpenDurationAndClosesWhenItSucceeds() {
        Upstream recovering = upstreams.named("recovering-service").orElseThrow();
        String token = Callers.newUser();
        misc.stubFor(get(urlEqualTo(UpstreamStubs.RECOVERING_PREFIX + "/trial"))
                .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(1000)));

        // Two resets by the service: half of the minimum two calls failed, so the circuit opens.
        assertProblem(given().auth().oauth2(token).get(UpstreamStubs.RECOVERING_PREFIX + "/reset/1"), 503);
        assertProblem(given().auth().oauth2(token).get(UpstreamStubs.RECOVERING_PREFIX + "/reset/2"), 503);
        assertEquals(CircuitBreaker.State.OPEN, recovering.circuitState());
        assertProblem(given().auth().oauth2(token).get(UpstreamStubs.RECOVERING_PREFIX + "/while-open"), 503);
        misc.verify(0, getRequestedFor(urlEqualTo(UpstreamStubs.RECOVERING_PREFIX + "/while-open")));

        await().atMost(Duration.ofSeconds(30)).until(() -> recovering.circuitState() == CircuitBreaker.State.HALF_OPEN);

        // One trial call goes through; while it is out, the circuit lets no other call through.
        CompletableFuture<Response> trial = CompletableFuture.supplyAsync(
                () -> given().auth().oauth2(token).get(UpstreamStubs.RECOVERING_PREFIX + "/trial"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> misc.findAll(getRequestedFor(urlEqualTo(UpstreamStubs.RECOVERING_PREFIX + "/trial"))).size() == 1);
        assertProblem(given().auth().oauth2(token).get(UpstreamStubs.RECOVERING_PREFIX + "/during-trial"), 503);
        misc.verify(0, getRequestedFor(urlEqualTo(UpstreamStubs.RECOVERING_PREFIX + "/during-trial")));

        assertEquals(200, trial.join().statusCode());
        assertEquals(CircuitBreaker.State.CLOSED, recovering.circuitState());
        given().auth().oauth2(token).get(UpstreamStubs.RECOVERING_PREFIX + "/after").then().statusCode(200);
    }
}
