package uk.yos.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.yos.devstack.ServiceDefinition;
import uk.yos.devstack.ServiceProcess;

/**
 * The audit guarantee of reads, through a crash: a second case-service process beside the suite's (same database,
 * same Keycloak) answers concurrent reads of a child's record and is killed with SIGKILL while reads are in flight.
 * Every read it answered 200 must have its audit row in the database, since a read's response waits until the batch
 * holding its row has committed. Reads cut off by the kill may or may not have one.
 */
@ExtendWith(SuiteExtension.class)
@DisplayName("Audited reads survive a SIGKILL of case-service")
class AuditedReadsSurviveKillTest {

    private static final int CALLERS = 8;
    /** At most this many reads in all: a caller stops when it is reached, or at its first read left unanswered. */
    private static final int MAX_READS = 3000;
    /** The process is killed once this many reads have been answered 200, while the callers keep sending. */
    private static final int KILL_AFTER_ANSWERS = 200;
    /** Bounds for a stuck run, never measures of speed. */
    private static final long ANSWERS_TIMEOUT_SECONDS = 180;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    @Test
    @DisplayName("Every read answered 200 before the kill has its audit row")
    void everyAnsweredReadHasItsAuditRow(Suite suite) throws Exception {
        String childId = aChild(suite);
        String token = suite.token(Persona.CASE_MANAGER_NORTH);
        ServiceProcess instance = suite.stack().startAnotherInstance(ServiceDefinition.CASE_SERVICE,
                "case-service-killed");
        URI read = URI.create(instance.localBaseUrl() + "/api/v1/young-people/" + childId);
        String run = "kill-" + UUID.randomUUID().toString().substring(0, 8) + "-";

        Set<String> answered = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> otherStatuses = new ConcurrentHashMap<>();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch enoughAnswers = new CountDownLatch(KILL_AFTER_ANSWERS);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        for (int c = 0; c < CALLERS; c++) {
            callers.execute(() -> {
                int n;
                while (instance.isRunning() && (n = sent.getAndIncrement()) < MAX_READS) {
                    String requestId = run + n;
                    HttpRequest request = HttpRequest.newBuilder(read).timeout(REQUEST_TIMEOUT)
                            .header("Authorization", "Bearer " + token).header("X-Request-Id", requestId)
                            .header("Accept", "application/json").GET().build();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200 && response.body().contains(childId)) {
                            answered.add(requestId);
                            enoughAnswers.countDown();
                        } else {
                            otherStatuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    } catch (IOException e) {
                        unanswered.incrementAndGet(); // in flight at the kill, or sent after it: this caller stops
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }

        boolean reached = enoughAnswers.await(ANSWERS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        ProcessHandle process = instance.handle();
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no draining of the audit queue
        process.onExit().get(30, TimeUnit.SECONDS);
        callers.shutdown();
        assertTrue(callers.awaitTermination(2 * REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                "the callers did not stop after the kill");
        assertTrue(reached, "only " + answered.size() + " of " + KILL_AFTER_ANSWERS + " reads were answered within "
                + ANSWERS_TIMEOUT_SECONDS + " s; other answers " + otherStatuses + "; see " + instance.logFile());

        Set<String> audited = auditedReads(suite, run, childId);
        Set<String> answeredWithoutRow = new TreeSet<>(answered);
        answeredWithoutRow.removeAll(audited);
        Set<String> auditedNotAnswered = new HashSet<>(audited);
        auditedNotAnswered.removeAll(answered);
        System.out.printf("[audit-kill] reads answered 200: %d, of which with their audit row: %d; reads left "
                        + "unanswered by the kill: %d (audited anyway: %d); other answers: %s; audit rows of the run: %d%n",
                answered.size(), answered.size() - answeredWithoutRow.size(), unanswered.get(),
                auditedNotAnswered.size(), otherStatuses, audited.size());
        assertTrue(answeredWithoutRow.isEmpty(), answeredWithoutRow.size() + " reads were answered 200 without an "
                + "audit row, e.g. " + answeredWithoutRow.stream().limit(5).toList());
    }

    /** A child of the north team, recorded through the gateway. */
    private static String aChild(Suite suite) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("localReference", "E2E-K-" + tag);
        body.put("givenName", "Kit");
        body.put("familyName", "Killtest" + tag.replaceAll("[0-9]", "x"));
        body.put("dateOfBirth", LocalDate.now().minusYears(15).toString());
        body.put("gender", "NOT_STATED");
        body.put("ethnicity", "NOT_STATED");
        body.put("localityCode", "CORBY");
        body.put("childInCare", false);
        body.put("send", false);
        body.put("ehcp", false);
        return RestAssured.given(suite.spec()).auth().oauth2(suite.token(Persona.CASE_MANAGER_NORTH)).body(body)
                .post("/api/v1/young-people").then().statusCode(201).extract().path("id");
    }

    /** The request ids of this run's READ rows of the child, straight from case-service's database. */
    private static Set<String> auditedReads(Suite suite, String run, String childId) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection db = suite.stack().database().adminConnection();
                PreparedStatement query = db.prepareStatement("select request_id from "
                        + ServiceDefinition.byName(ServiceDefinition.CASE_SERVICE).database() + ".audit_event "
                        + "where request_id like ? and action = 'READ' and record_type = 'YOUNG_PERSON' "
                        + "and record_id = ? and outcome = 'SUCCESS'")) {
            query.setString(1, run + "%");
            query.setString(2, childId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
