package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code yos.tracing.otlp-endpoint} set, spans are recorded (new traces at the sample ratio, a caller's
 * decision followed), the no-op exporter steps aside and Quarkus's OTLP exporter sends the spans there, over HTTP to
 * {@code /v1/traces}. (The endpoint here is the WireMock server standing in for
 * case-service, which answers any request.)
 */
@QuarkusTest
@TestProfile(OtlpExportConfiguredTest.WithEndpoint.class)
class OtlpExportConfiguredTest {

    public static class WithEndpoint implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yos.tracing.otlp-endpoint", "${yos.gateway.upstreams.case-service.url}");
        }
    }

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Inject
    @Any
    Instance<LateBoundSpanProcessor> otlpProcessors;

    @Test
    void spansGoToTheConfiguredCollector() throws InterruptedException {
        assertTrue(exporters.isUnsatisfied(), "no exporter of the application's own");
        assertFalse(otlpProcessors.stream().anyMatch(p -> p == RemoveableLateBoundSpanProcessor.INSTANCE),
                "Quarkus's OTLP span processor is installed");

        UpstreamStubs.reset();
        given().auth().oauth2(Callers.newUser()).get("/api/v1/victims").then().statusCode(200);
        assertEquals("01", ReceivedTraceparent.by("victim-service", "/api/v1/victims").flags(),
                "a new trace is recorded (sample ratio 1)");

        String callerTraceparent = "00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-00";
        given().auth().oauth2(Callers.newUser()).header("traceparent", callerTraceparent)
                .get("/api/v1/prevention-referrals").then().statusCode(200);
        assertEquals("00", ReceivedTraceparent.by("prevention-service", "/api/v1/prevention-referrals").flags(),
                "a caller's decision not to record is followed");

        // The batch is sent within quarkus.otel.bsp.schedule.delay (5 s): wait for it, within a bound.
        RequestPatternBuilder export = postRequestedFor(urlEqualTo("/v1/traces"))
                .withHeader("Content-Type", WireMock.equalTo("application/x-protobuf"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (UpstreamStubs.server("case-service").findAll(export).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        UpstreamStubs.server("case-service").verify(export);
    }
}
