package uk.yos.victims.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.testsupport.TestClock;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

/**
 * Every endpoint that changes one record, called with a valid body: an unknown id is 404; every change guarded by
 * If-Match is 412 with an out-of-date ETag and 428 without one, and writes nothing. Reads of an unknown record are
 * ApiConventionsTest's; reads of an unknown contact, referral or evaluation of a known victim are here.
 */
@QuarkusTest
class RecordLevelConventionsTest extends StubbedCaseService {

    record Call(String method, String path, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Map<String, Object> victimDetails() {
        Map<String, Object> body = new HashMap<>(Fixtures.victim(Fixtures.visibleCase()));
        body.remove("caseId");
        body.remove("offenceId");
        return body;
    }

    /** Changes guarded by If-Match, with {victimId} and {interventionId} to fill in. */
    static Stream<Call> guardedChanges() {
        String today = TestClock.today().toString();
        return Stream.of(
                new Call("PUT", "/api/v1/victims/{victimId}", "details"),
                new Call("PUT", "/api/v1/victims/{victimId}/consent", Fixtures.consent(true, true)),
                new Call("POST", "/api/v1/victims/{victimId}/consent-withdrawal",
                        Map.of("withdrawnOn", today, "reason", "Changed their mind")),
                new Call("PUT", "/api/v1/victims/{victimId}/rj-decision",
                        Map.of("offered", true, "reasons", "Suitable", "decidedOn", today)),
                new Call("PUT", "/api/v1/victims/{victimId}/feedback", Map.of("views", "Felt heard")),
                new Call("PUT", "/api/v1/rj-interventions/{interventionId}", Map.of("status", "IN_PROGRESS")));
    }

    /** Every change naming one record, with {victimId} and {interventionId} to fill in. */
    static Stream<Call> recordCalls() {
        String today = TestClock.today().toString();
        return Stream.concat(guardedChanges(), Stream.of(
                new Call("POST", "/api/v1/victims/{victimId}/contacts", Fixtures.contact("NO_ANSWER", false)),
                new Call("POST", "/api/v1/victims/{victimId}/support-referrals", Map.of("serviceName",
                        "Therapeutic service", "reason", "Anxiety", "referredOn", today, "victimAgreed", true)),
                new Call("POST", "/api/v1/victims/{victimId}/evaluations", Map.of("sentOn", today))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordCalls")
    void anUnknownRecordIsNotFound(Call call) {
        String unknown = UUID.randomUUID().toString();
        String path = call.path().replace("{victimId}", unknown).replace("{interventionId}", unknown)
                .replace("{childId}", unknown);
        Object body = "details".equals(call.body()) ? victimDetails() : call.body();
        var request = Api.as(Fixtures.RJ).header("If-Match", "\"0\"");
        if (body != null) {
            request.body(body);
        }
        assertProblem(request.request(call.method(), path), 404);
    }

    /** Reads of one contact, referral or evaluation of a victim, with {victimId} and {childId} to fill in. */
    static Stream<String> childRecordReads() {
        return Stream.of("/api/v1/victims/{victimId}/contacts/{childId}",
                "/api/v1/victims/{victimId}/support-referrals/{childId}",
                "/api/v1/victims/{victimId}/evaluations/{childId}");
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("childRecordReads")
    void anUnknownChildRecordOfAKnownVictimIsNotFound(String read) {
        String victimId = Fixtures.newVictim();
        String path = read.replace("{victimId}", victimId).replace("{childId}", UUID.randomUUID().toString());
        assertProblem(Api.as(Fixtures.RJ).get(path), 404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardedChanges")
    void aChangeWithAnOutOfDateETagIsRefusedAndWritesNothing(Call call) {
        String victimId = Fixtures.engagedVictim();
        String interventionId = Fixtures.createIntervention(victimId, "LETTER_OF_EXPLANATION").then()
                .statusCode(201).extract().path("id");
        Api.as(Fixtures.RJ).header("If-Match", "\"0\"").body(Map.of("status", "PLANNED", "plannedOn",
                TestClock.today().plusDays(3).toString())).put(Fixtures.INTERVENTIONS + "/" + interventionId)
                .then().statusCode(200).header("ETag", "\"1\"");
        // The victim (consent, decision, intervention) and the intervention have both moved past version 0.
        String path = call.path().replace("{victimId}", victimId).replace("{interventionId}", interventionId);
        Object body = "details".equals(call.body()) ? victimDetails() : call.body();

        Map<String, Long> before = Db.snapshot();
        assertProblem(Api.as(Fixtures.RJ).header("If-Match", "\"0\"").body(body).request(call.method(), path), 412)
                .getString("detail");
        assertProblem(Api.as(Fixtures.RJ).body(body).request(call.method(), path), 428);
        assertProblem(Api.as(Fixtures.RJ).header("If-Match", "*").body(body).request(call.method(), path), 428);
        assertEquals(before, Db.snapshot());
    }
}
