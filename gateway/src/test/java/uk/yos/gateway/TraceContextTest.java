package uk.yos.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.junit.QuarkusTest;

/**
 * W3C trace context through the gateway: a caller's trace continues, the service's span is a child of the
 * gateway's own, the access line carries the trace id, and with no OTLP endpoint configured nothing is recorded or
 * exported.
 */
@QuarkusTest
class TraceContextTest {

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Inject
    @Any
    Instance<LateBoundSpanProcessor> otlpProcessors;

    @Inject
    Tracer tracer;

    private AccessLines accessLines;

    @BeforeEach
    void setUp() {
        UpstreamStubs.reset();
        accessLines = AccessLines.capture();
    }

    @AfterEach
    void release() {
        accessLines.close();
    }

    @Test
    void aCallersTraceContinuesAndTheServiceSpanIsAChildOfTheGateways() throws InterruptedException {
        String traceId = randomHex(32);
        String callerSpanId = randomHex(16);
        String path = "/api/v1/cases/" + UUID.randomUUID();
        String requestId = "trace-" + UUID.randomUUID();

        given().auth().oauth2(Callers.newUser()).header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .header("X-Request-Id", requestId).get(path).then().statusCode(200);

        ReceivedTraceparent upstream = ReceivedTraceparent.by("case-service", path);
        assertEquals(traceId, upstream.traceId(), "the caller's trace goes on to the service");
        assertNotEquals(callerSpanId, upstream.parentSpanId(), "the service's parent is the gateway's span, not the caller's");
        assertEquals("00", upstream.flags(), "with no collector nothing is recorded, and the trace goes on unsampled");

        ExtLogRecord line = accessLines.await(requestId);
        assertEquals(traceId, line.getMdc("traceId"), "the access line carries the trace id");
    }

    @Test
    void aRequestWithoutTraceContextStartsItsOwnTrace() {
        String first = "/api/v1/victims/" + UUID.randomUUID();
        String second = "/api/v1/victims/" + UUID.randomUUID();

        given().auth().oauth2(Callers.newUser()).get(first).then().statusCode(200);
        given().auth().oauth2(Callers.newUser()).get(second).then().statusCode(200);

        String firstTrace = ReceivedTraceparent.by("victim-service", first).traceId();
        String secondTrace = ReceivedTraceparent.by("victim-service", second).traceId();
        assertNotEquals("0".repeat(32), firstTrace);
        assertNotEquals(firstTrace, secondTrace, "each request is a trace of its own");
    }

    @Test
    void withNoOtlpEndpointNoSpanIsRecorded() {
        Span span = tracer.spanBuilder("a request's work").startSpan();
        try {
            assertFalse(span.isRecording(), "nothing recorded");
            assertTrue(span.getSpanContext().isValid(), "yet the span has ids to log and pass on");
        } finally {
            span.end();
        }
    }

    @Test
    void withNoOtlpEndpointSpansAreDiscardedAndQuarkusOtlpExporterIsNotInstalled() {
        List<SpanExporter> all = exporters.stream().toList();
        assertEquals(1, all.size(), "one exporter: " + all);
        assertSame(SpanExporter.composite(), all.get(0), "the SDK's no-op exporter");
        assertTrue(otlpProcessors.stream().allMatch(p -> p == RemoveableLateBoundSpanProcessor.INSTANCE),
                "Quarkus's OTLP span processor stands aside");
    }

    private static String randomHex(int length) {
        String hex = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return hex.substring(0, length);
    }
}
