package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock servers standing in for the four services (their URLs replace the configured ones), plus upstreams that
 * exist only in tests:
 * <ul>
 * <li>{@code slow-service} ({@value #SLOW_PREFIX}) on the {@value #MISC} server, with a short timeout;</li>
 * <li>{@code flaky-service} ({@value #FLAKY_PREFIX}) on the same server, whose circuit opens after 2 failures and
 * stays open for the rest of the run;</li>
 * <li>{@code recovering-service} ({@value #RECOVERING_PREFIX}) on the same server, whose circuit opens after 2
 * failures and half-opens after {@value #RECOVERY_OPEN_DURATION_MS} ms;</li>
 * <li>{@code steady-service} ({@value #STEADY_PREFIX}) on the same server, whose circuit judges its failure ratio
 * only once its window holds {@value #STEADY_MINIMUM_CALLS} calls;</li>
 * <li>{@code hangup-service} ({@value HangingUpstream#PREFIX}) on a {@link HangingUpstream}, whose circuit would open
 * after 2 failures and stay open for the rest of the run;</li>
 * <li>{@code dead-service} ({@value #DEAD_PREFIX}) on a port where nothing listens.</li>
 * </ul>
 * Every service answers any request with {@code {"service": "<name>"}} (and headers the gateway must not repeat),
 * its readiness with UP, and its OpenAPI document; {@link #reset()} restores that.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    public static final List<String> SERVICES = List.of("case-service", "referral-order-service", "victim-service",
            "prevention-service");
    public static final String MISC = "misc";
    public static final String SLOW_PREFIX = "/api/v1/slow-things";
    public static final String FLAKY_PREFIX = "/api/v1/flaky-things";
    public static final String DEAD_PREFIX = "/api/v1/dead-things";
    public static final String RECOVERING_PREFIX = "/api/v1/recovering-things";
    public static final String STEADY_PREFIX = "/api/v1/steady-things";
    /** Short enough for a test to wait out, long enough that a loaded machine still sees the circuit open first. */
    public static final int RECOVERY_OPEN_DURATION_MS = 5000;
    public static final int STEADY_MINIMUM_CALLS = 10;
    /** The timeout of slow-service and flaky-service. */
    public static final int SHORT_TIMEOUT_MS = 300;
    /** Well beyond {@link #SHORT_TIMEOUT_MS}: WireMock's delay for a response that comes too late. */
    public static final int TOO_LATE_MS = 2000;

    private static final Map<String, WireMockServer> SERVERS = new LinkedHashMap<>();
    private static int deadPort;
    private static HangingUpstream hanging;

    @Override
    public Map<String, String> start() {
        for (String name : names()) {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            SERVERS.put(name, server);
        }
        deadPort = freePort();
        reset();

        Map<String, String> config = new HashMap<>();
        SERVICES.forEach(name -> config.put("yos.gateway.upstreams." + name + ".url", server(name).baseUrl()));
        String misc = server(MISC).baseUrl();
        upstream(config, "slow-service", misc, SLOW_PREFIX);
        config.put("yos.gateway.upstreams.slow-service.timeout", SHORT_TIMEOUT_MS + "ms");
        upstream(config, "flaky-service", misc, FLAKY_PREFIX);
        config.put("yos.gateway.upstreams.flaky-service.timeout", SHORT_TIMEOUT_MS + "ms");
        strictCircuit(config, "flaky-service", "1h");
        upstream(config, "recovering-service", misc, RECOVERING_PREFIX);
        strictCircuit(config, "recovering-service", RECOVERY_OPEN_DURATION_MS + "ms");
        upstream(config, "steady-service", misc, STEADY_PREFIX);
        config.put("yos.gateway.upstreams.steady-service.circuit-breaker.minimum-calls", Integer.toString(STEADY_MINIMUM_CALLS));
        config.put("yos.gateway.upstreams.steady-service.circuit-breaker.failure-ratio", "0.5");
        hanging = new HangingUpstream();
        upstream(config, "hangup-service", hanging.baseUrl(), HangingUpstream.PREFIX);
        strictCircuit(config, "hangup-service", "1h");
        upstream(config, "dead-service", "http://127.0.0.1:" + deadPort, DEAD_PREFIX);
        return config;
    }

    /** Two calls in the window, half of them failed, open the circuit for {@code openDuration}. */
    private static void strictCircuit(Map<String, String> config, String name, String openDuration) {
        config.put("yos.gateway.upstreams." + name + ".circuit-breaker.minimum-calls", "2");
        config.put("yos.gateway.upstreams." + name + ".circuit-breaker.failure-ratio", "0.5");
        config.put("yos.gateway.upstreams." + name + ".circuit-breaker.open-duration", openDuration);
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(WireMockServer::stop);
        SERVERS.clear();
        try {
            hanging.close();
        } catch (java.io.IOException e) {
            // already closed
        }
    }

    public static HangingUpstream hanging() {
        return hanging;
    }

    public static WireMockServer server(String name) {
        WireMockServer server = SERVERS.get(name);
        if (server == null) {
            throw new IllegalStateException("No upstream stub " + name + "; is UpstreamStubs declared?");
        }
        return server;
    }

    public static int deadPort() {
        return deadPort;
    }

    /** Forgets every stub and recorded request, then stubs each server's default answers again. */
    public static void reset() {
        SERVERS.forEach((name, server) -> {
            server.resetAll();
            server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Request-Id", "set-by-the-upstream")
                    .withHeader("Access-Control-Allow-Origin", "*")
                    .withBody("{\"service\":\"" + name + "\"}")));
            server.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\",\"checks\":[]}")));
            server.stubFor(get(urlEqualTo("/q/openapi?format=json")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(openApiDocument(name, server.port()))));
        });
    }

    /** A document as a service serves it, naming itself (its internal address) as the server. */
    static String openApiDocument(String name, int port) {
        return """
                {"openapi":"3.1.0","info":{"title":"YOS %s API","version":"1.0.0"},
                 "servers":[{"url":"http://127.0.0.1:%d"}],
                 "paths":{"/api/v1/%s-things":{"get":{"operationId":"list","responses":{"200":{"description":"OK"}}}}}}
                """.formatted(name, port, name);
    }

    private static void upstream(Map<String, String> config, String name, String url, String prefix) {
        config.put("yos.gateway.upstreams." + name + ".url", url);
        config.put("yos.gateway.upstreams." + name + ".prefixes", prefix);
        config.put("yos.gateway.upstreams." + name + ".health-timeout", "500ms");
    }

    private static List<String> names() {
        List<String> names = new java.util.ArrayList<>(SERVICES);
        names.add(MISC);
        return names;
    }

    /** A port nothing listens on: taken from the OS, then released. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
