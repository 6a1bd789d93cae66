package uk.yos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.yos.devstack.ServiceProcess;

/**
 * A dependency that stops answering, with its TCP connections still open (the process is SIGSTOPped): the
 * suite's MariaDB, and case-service as the services that call it see it. Each request during the freeze ends with
 * a 503 problem within the bound, never with a wait for as long as the freeze lasts; readiness says DOWN while the
 * database is away; and once the process runs again everything recovers by itself, with no restart. The shared
 * stack is left ready for the tests that follow.
 */
@ExtendWith(SuiteExtension.class)
@DisplayName("A frozen database or case-service gives a prompt 503, then recovers by itself")
class BoundedFailureTest {

    /**
     * The longest a request may wait: yos.database.request-deadline-millis, one total for its connection and its
     * answers together, which also covers a caller of case-service (two tries of 2 s).
     */
    private static final Duration BOUND = Duration.ofSeconds(5);
    /**
     * What the service's deadline does not count for these reads (outside a transaction): the gateway's hop both ways,
     * the way to the service's REST layer, where the deadline starts, and the 503's way back, all slower on a loaded
     * build machine. With it the bound stays well below the gateway's 10 s upstream timeout.
     */
    private static final Duration MARGIN = Duration.ofMillis(1500);
    /** yos.database.readiness-timeout-millis. */
    private static final Duration READINESS_BOUND = Duration.ofSeconds(1);
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final int CONCURRENT_CALLERS = 6;
    private static final String CASE_SERVICE_READ = "/api/v1/reference-data/teams";
    private static final String SERVICE_UNAVAILABLE = "urn:yos:problem:service-unavailable";

    private final HttpClient client = new ValidatingHttpClient(HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());

    /** A request's answer and how long it took. */
    private record Answer(int status, String contentType, String body, Duration took) {

        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    @Test
    @DisplayName("MariaDB frozen: concurrent reads get 503 'data store unavailable' within the bound, readiness is"
            + " DOWN and liveness UP; after it runs again, ready and 200 with no restart")
    void frozenDatabase(Suite suite) throws Exception {
        ServiceProcess caseService = suite.stack().service("case-service").orElseThrow();
        long pid = caseService.handle().pid();
        String token = suite.token(Persona.CASE_MANAGER_NORTH);
        assertEquals(200, get(gateway(suite, CASE_SERVICE_READ), token).status(), "reads work before the freeze");
        List<ProcessHandle> mariaDb = suite.stack().database().processes();
        assertFalse(mariaDb.isEmpty(), "the suite's embedded MariaDB is a process of this JVM");

        List<Answer> reads;
        Answer readiness;
        Answer liveness;
        ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT_CALLERS);
        try (FrozenProcesses frozen = FrozenProcesses.freeze(mariaDb)) {
            List<Future<Answer>> running = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_CALLERS; i++) {
                running.add(callers.submit(() -> get(gateway(suite, CASE_SERVICE_READ), token)));
            }
            readiness = get(URI.create(caseService.localBaseUrl() + "/q/health/ready"), null);
            liveness = get(URI.create(caseService.localBaseUrl() + "/q/health/live"), null);
            reads = collect(running);
        } finally {
            callers.shutdownNow();
        }

        System.out.printf("[bounded-failure] database frozen: reads answered %s in %s; readiness %d in %s: %s%n",
                reads.stream().map(Answer::status).toList(), reads.stream().map(Answer::took).toList(),
                readiness.status(), readiness.took(), readiness.body());
        for (Answer read : reads) {
            assertProblem(read, "This service's data store is unavailable; try again later");
        }
        assertEquals(503, readiness.status(), "readiness while the database is frozen: " + readiness.body());
        assertEquals("DOWN", readiness.json().getString("checks.find { it.name == 'database' }.status"));
        assertTrue(readiness.took().compareTo(READINESS_BOUND.plus(MARGIN)) < 0,
                "readiness answered promptly itself, not after " + readiness.took());
        assertEquals(200, liveness.status(), "liveness stays UP: a restart would not bring the database back");

        awaitEveryServiceReady(suite);
        assertEquals(200, get(gateway(suite, CASE_SERVICE_READ), token).status(), "reads work again");
        assertTrue(caseService.isRunning() && caseService.handle().pid() == pid, "case-service was not restarted");
    }

    @Test
    @DisplayName("case-service frozen: referral-order-service answers its 503 within the bound; after case-service"
            + " runs again, the same search answers 200")
    void frozenCaseService(Suite suite) throws Exception {
        ServiceProcess caseService = suite.stack().service("case-service").orElseThrow();
        String token = suite.token(Persona.CASE_MANAGER_NORTH);
        // A case manager's search names a case, which referral-order-service checks with case-service with the
        // caller's token (a case unknown there: an empty page).
        URI search = gateway(suite, "/api/v1/referral-orders?caseId=" + UUID.randomUUID());
        assertEquals(200, get(search, token).status(), "the search works before the freeze");

        List<Answer> searches;
        ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT_CALLERS);
        try (FrozenProcesses frozen = FrozenProcesses.freeze(List.of(caseService.handle()))) {
            List<Future<Answer>> running = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_CALLERS / 2; i++) {
                running.add(callers.submit(() -> get(search, token)));
            }
            searches = collect(running);
        } finally {
            callers.shutdownNow();
        }

        System.out.printf("[bounded-failure] case-service frozen: searches answered %s in %s%n",
                searches.stream().map(Answer::status).toList(), searches.stream().map(Answer::took).toList());
        for (Answer answer : searches) {
            assertProblem(answer, "A service this request depends on is unavailable; try again later");
        }
        caseService.awaitReady(RECOVERY);
        // referral-order-service's circuit for case-service may have opened: it lets a trial call through after its delay.
        assertEquals(200, poll(search, token).status(), "the search works again once case-service answers");
    }

    private static URI gateway(Suite suite, String path) {
        return URI.create(suite.gatewayUrl() + path);
    }

    /** A 503 problem from the service itself (the gateway's own would name the service), in time. */
    private static void assertProblem(Answer answer, String detail) {
        assertEquals(503, answer.status(), "status of " + answer);
        assertTrue(answer.contentType().startsWith("application/problem+json"), "content type of " + answer);
        JsonPath problem = answer.json();
        assertEquals(SERVICE_UNAVAILABLE, problem.getString("type"));
        assertEquals(503, problem.getInt("status"));
        assertEquals(detail, problem.getString("detail"));
        assertTrue(answer.took().compareTo(BOUND.plus(MARGIN)) < 0,
                "answered within the bound and a margin, not after " + answer.took());
    }

    private Answer get(URI uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Asks again until the answer is 200 or the recovery time is over; the last answer either way. */
    private Answer poll(URI uri, String token) throws Exception {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        Answer answer = get(uri, token);
        while (answer.status() != 200 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
            answer = get(uri, token);
        }
        return answer;
    }

    private static void awaitEveryServiceReady(Suite suite) {
        suite.stack().services().values().forEach(service -> service.awaitReady(RECOVERY));
    }

    private static List<Answer> collect(List<Future<Answer>> running) throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : running) {
            answers.add(answer.get(1, TimeUnit.MINUTES));
        }
        return answers;
    }
}
