package uk.yos.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded soak through the gateway to the healthy suite: 32 callers side by side, each sending a fixed number of
 * requests at a steady pace for about 32 s, and one request in four abandoned mid-request (a client whose short
 * timeout runs out while its upload is unfinished, or one that resets the connection right after asking). The
 * callers who stay must be answered as if nobody had hung up: 2xx, or 429 when over their rate limit, never a 5xx;
 * and no service's circuit moves.
 */
@ExtendWith(SuiteExtension.class)
@DisplayName("Callers hanging up never turn other callers away")
class HangUpSoakTest {

    private static final int CALLERS = 32;
    private static final int REQUESTS_PER_CALLER = 40;
    private static final Duration PACE = Duration.ofMillis(800);
    private static final int ABANDON_EVERY = 4;
    /** How long an abandoning client waits for an answer to its unfinished upload before it gives up. */
    private static final int CLIENT_TIMEOUT_MS = 50;
    private static final String READ_PATH = "/api/v1/reference-data/teams";
    private static final String UPLOAD_PATH = "/api/v1/young-people";
    /** The personas that may read reference data; the callers take turns with them, keeping each under its limit. */
    private static final List<Persona> READERS = List.of(Persona.CASE_MANAGER_NORTH, Persona.CASE_MANAGER_WEST,
            Persona.OPERATIONS_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_WEST, Persona.HEAD_OF_SERVICE,
            Persona.RJ_WORKER, Persona.PANEL_COORDINATOR, Persona.PREVENTION_WORKER, Persona.PERFORMANCE_ANALYST,
            Persona.ADMIN);

    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger abandoned = new AtomicInteger();

    @Test
    @DisplayName("32 callers for 30 s, a quarter of requests abandoned: every other request is a 2xx or 429")
    void callersWhoStayAreServed(Suite suite) throws Exception {
        Path gatewayLog = suite.stack().service("gateway").orElseThrow().logFile();
        long logStart = Files.size(gatewayLog);
        URI gateway = URI.create(suite.gatewayUrl());
        // The answers of callers who stay are validated against the service's document; abandoned requests get none.
        HttpClient client = new ValidatingHttpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build());
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int caller = 0; caller < CALLERS; caller++) {
                String token = suite.token(READERS.get(caller % READERS.size()));
                running.add(callers.submit(() -> call(client, gateway, token)));
            }
            for (Future<?> caller : running) {
                caller.get(5, TimeUnit.MINUTES);
            }
        } finally {
            callers.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Map<Integer, Integer> answered = new TreeMap<>();
        statuses.forEach((status, count) -> answered.put(status, count.get()));
        int answeredCount = answered.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("[soak] %d requests in %d s over %d connections: %d abandoned, answered %s%n",
                CALLERS * REQUESTS_PER_CALLER, took.toSeconds(), CALLERS, abandoned.get(), answered);

        assertEquals(CALLERS * REQUESTS_PER_CALLER, answeredCount + abandoned.get(), "every request was sent");
        assertTrue(took.compareTo(Duration.ofSeconds(30)) >= 0, "the soak lasts at least 30 s, not " + took);
        answered.keySet().forEach(status -> assertTrue(status / 100 == 2 || status == 429,
                "callers who stayed got " + answered));
        RestAssured.given().baseUri(suite.gatewayUrl()).get("/q/health/group/upstreams").then()
                .body("checks[0].data.case-service-circuit", equalTo("CLOSED"));
        byte[] log = Files.readAllBytes(gatewayLog);
        String logged = new String(log, (int) logStart, log.length - (int) logStart, StandardCharsets.UTF_8);
        assertFalse(logged.contains("circuit open"), "no circuit opened");
        assertTrue(logged.contains("status=499"), "abandoned requests are logged as 499");
    }

    /** One caller: its requests at a steady pace, every {@value #ABANDON_EVERY}th one abandoned. */
    private void call(HttpClient client, URI gateway, String token) {
        long next = System.nanoTime();
        for (int i = 0; i < REQUESTS_PER_CALLER; i++) {
            if (i % ABANDON_EVERY == ABANDON_EVERY - 1) {
                abandon(gateway, token, i % (2 * ABANDON_EVERY) == ABANDON_EVERY - 1);
            } else {
                read(client, gateway, token);
            }
            next += PACE.toNanos();
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    private void read(HttpClient client, URI gateway, String token) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(READ_PATH)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("a caller who stayed got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Hangs up with a reset: either after an upload it never finishes, once its short timeout has run out (the
     * gateway is then forwarding the request to the service), or straight after asking for a read.
     */
    private void abandon(URI gateway, String token, boolean midUpload) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(gateway.getHost(), gateway.getPort()), 5000);
            OutputStream out = socket.getOutputStream();
            String request = midUpload
                    ? "POST " + UPLOAD_PATH + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                            + "\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"givenName\":\""
                    : "GET " + READ_PATH + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (midUpload) {
                awaitNoAnswer(socket.getInputStream(), socket);
            }
            socket.setSoLinger(true, 0);
            abandoned.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a connection to the gateway", e);
        }
    }

    /** The client's own timeout: it waits that long for a first byte of an answer, then gives up. */
    private static void awaitNoAnswer(InputStream in, Socket socket) throws IOException {
        socket.setSoTimeout(CLIENT_TIMEOUT_MS);
        try {
            in.read();
        } catch (SocketTimeoutException expected) {
            // the service is still waiting for the rest of the upload: the client gives up here
        }
    }
}
