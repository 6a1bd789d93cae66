package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The W3C {@code traceparent} a stubbed service received with the one GET of a path: the trace, the parent span
 * (the gateway's client span) and the sampled flags.
 */
record ReceivedTraceparent(String traceId, String parentSpanId, String flags) {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    static ReceivedTraceparent by(String service, String path) {
        List<LoggedRequest> requests = UpstreamStubs.server(service).findAll(getRequestedFor(urlEqualTo(path)));
        assertEquals(1, requests.size(), "one request reached " + service);
        List<String> values = requests.get(0).getHeaders().getHeader("traceparent").values();
        assertEquals(1, values.size(), "one traceparent reached " + service + ": " + values);
        String header = values.get(0);
        Matcher matcher = TRACEPARENT.matcher(header == null ? "" : header);
        assertTrue(matcher.matches(), "a W3C traceparent reached " + service + ": " + header);
        return new ReceivedTraceparent(matcher.group(1), matcher.group(2), matcher.group(3));
    }
}
