package uk.yos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.e2e.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.yos.devstack.ServiceProcess;
import uk.yos.e2e.TraceReceiver.ReceivedSpan;

/**
 * Distributed tracing through the built suite: a caller's W3C {@code traceparent} continues through the gateway, the
 * service it routes to, that service's call to case-service and case-service's database, each hop a child of the one
 * before, every span exported to the suite's OTLP receiver; and every log line written for the request carries the
 * trace id.
 */
@ExtendWith(SuiteExtension.class)
class TracingTest {

    private static final Duration EXPORT_WAIT = Duration.ofSeconds(30); // the exporters send every 5 s
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("A caller's trace reaches the gateway, a service, case-service and its database, and every log line")
    void aCallersTraceReachesEveryHopAndEveryLogLine(Suite suite) throws InterruptedException {
        TraceReceiver receiver = suite.traces().orElseThrow(() -> new AssertionError(
                "the suite was started with -Dyos.e2e.trace-export=false"));
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);
        String requestId = Api.requestId();

        // A case manager lists the referral orders of a case: referral-order-service first asks case-service whether
        // the caller may see the case (it may not: an unknown case), logs and audits the refusal, and answers an
        // empty page.
        as(Persona.CASE_MANAGER_NORTH, requestId).header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .get("/api/v1/referral-orders?caseId={caseId}", UUID.randomUUID())
                .then().statusCode(200);

        ReceivedSpan gateway = awaitSpan(receiver, traceId, "the gateway's server span",
                s -> s.service().equals("gateway") && s.kind() == SpanKind.SPAN_KIND_SERVER);
        assertEquals(callerSpanId, gateway.parentSpanId(), "the caller's trace continues: its span is the parent");
        ReceivedSpan service = awaitSpan(receiver, traceId, "referral-order-service's server span",
                s -> s.service().equals("referral-order-service") && s.kind() == SpanKind.SPAN_KIND_SERVER);
        assertCalledFrom(receiver, traceId, service, gateway);
        ReceivedSpan caseService = awaitSpan(receiver, traceId, "case-service's server span",
                s -> s.service().equals("case-service") && s.kind() == SpanKind.SPAN_KIND_SERVER);
        assertCalledFrom(receiver, traceId, caseService, service);
        ReceivedSpan statement = awaitSpan(receiver, traceId, "a JDBC span of case-service",
                s -> s.service().equals("case-service") && isJdbc(s));
        assertTrue(ancestors(receiver, traceId, statement).contains(caseService),
                "the statement is part of case-service's handling of the request: " + statement);

        List<JsonNode> lines = awaitLogLines(suite, requestId);
        // referral-order-service logs the refusal from the request's worker thread, not the event loop.
        assertTrue(lines.stream().anyMatch(line -> line.path("service").asText().equals("referral-order-service")
                        && line.path("threadName").asText().startsWith("executor-thread")
                        && line.path("message").asText().startsWith("Refused")),
                "referral-order-service's line from its worker thread: " + lines);
        for (JsonNode line : lines) {
            assertEquals(traceId, line.path("mdc").path("traceId").asText(),
                    "every line written for the request carries its trace id: " + line);
        }
    }

    /**
     * The server span's parent is a client span of the caller's process, made while that process handled the request
     * ({@code callerServer} among its ancestors): the hop is a child of the process before it, not of its caller.
     */
    private static void assertCalledFrom(TraceReceiver receiver, String traceId, ReceivedSpan server,
                                         ReceivedSpan callerServer) throws InterruptedException {
        ReceivedSpan call = awaitSpan(receiver, traceId, "the parent of " + server,
                s -> s.spanId().equals(server.parentSpanId()));
        assertEquals(callerServer.service(), call.service(), server.service() + " is called by " + call);
        assertEquals(SpanKind.SPAN_KIND_CLIENT, call.kind(), "the parent of " + server + " is a call: " + call);
        assertTrue(ancestors(receiver, traceId, call).contains(callerServer),
                "the call " + call + " is made while handling " + callerServer);
    }

    /** The span's parent, its parent's parent, ... as far as they were exported. */
    private static List<ReceivedSpan> ancestors(TraceReceiver receiver, String traceId, ReceivedSpan span) {
        List<ReceivedSpan> ancestors = new ArrayList<>();
        ReceivedSpan current = span;
        while (!current.parentSpanId().isEmpty() && ancestors.size() < 50) {
            String parentId = current.parentSpanId();
            Optional<ReceivedSpan> parent = receiver.spansOf(traceId).stream()
                    .filter(s -> s.spanId().equals(parentId)).findFirst();
            if (parent.isEmpty()) {
                break; // the caller's own span, or not exported
            }
            ancestors.add(parent.get());
            current = parent.get();
        }
        return ancestors;
    }

    private static boolean isJdbc(ReceivedSpan span) {
        return span.attributes().keySet().stream().anyMatch(key -> key.startsWith("db.system"));
    }

    /** Spans are exported in batches, a few seconds after the request: wait for the one wanted, within a bound. */
    private static ReceivedSpan awaitSpan(TraceReceiver receiver, String traceId, String what,
                                          Predicate<ReceivedSpan> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + EXPORT_WAIT.toNanos();
        while (true) {
            Optional<ReceivedSpan> found = receiver.spansOf(traceId).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " in trace " + traceId + " within " + EXPORT_WAIT.toSeconds()
                        + " s; received: " + receiver.spansOf(traceId));
            }
            Thread.sleep(200);
        }
    }

    /**
     * The JSON log lines of the gateway and the services that name the request id (in the logging context, or in the
     * message as the gateway's access line does). The access line is written as the response ends: wait for it.
     */
    private static List<JsonNode> awaitLogLines(Suite suite, String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + EXPORT_WAIT.toNanos();
        while (true) {
            List<JsonNode> lines = logLinesOf(suite, requestId);
            boolean accessLine = lines.stream().anyMatch(line -> line.path("loggerName").asText()
                    .equals("uk.yos.gateway.access"));
            if (accessLine) {
                return lines;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no access line for " + requestId + " in the gateway's log; lines: " + lines);
            }
            Thread.sleep(200);
        }
    }

    private static List<JsonNode> logLinesOf(Suite suite, String requestId) {
        List<JsonNode> lines = new ArrayList<>();
        for (ServiceProcess process : suite.stack().services().values()) {
            try (Stream<String> log = Files.lines(process.logFile())) {
                log.filter(line -> line.startsWith("{") && line.contains(requestId)).map(TracingTest::parse)
                        .filter(line -> requestId.equals(line.path("mdc").path("requestId").asText())
                                || line.path("message").asText().contains(requestId))
                        .forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + process.logFile(), e);
            }
        }
        return lines;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON log line: " + line, e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
