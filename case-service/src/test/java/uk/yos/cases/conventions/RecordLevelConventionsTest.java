package uk.yos.cases.conventions;

import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.cases.Api;
import uk.yos.cases.Fixtures;
import uk.yos.cases.StaffFixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/**
 * Every endpoint that changes one record, called with a valid body: an unknown id is 404, and every change made
 * with an out-of-date ETag is 412. (Reads of an unknown record are ApiConventionsTest's.)
 */
@QuarkusTest
class RecordLevelConventionsTest {

    private static final Persona OPS = Persona.OPERATIONS_MANAGER_NORTH;

    record Call(String method, String path, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * Calls against one case (and its child) and one worker, with {caseId}, {childId}, {offenceId}, {allocationId},
     * {staffId} and {membershipId} to fill in.
     */
    static Stream<Call> recordCalls() {
        String today = TestClock.today().toString();
        Map<String, Object> caseChange = Map.of("caseType", "YOUTH_CAUTION", "outcomeDate",
                TestClock.today().minusDays(10).toString(), "owningTeamCode", "NORTH_OOC");
        return Stream.of(
                new Call("PUT", "/api/v1/young-people/{childId}", Fixtures.youngPerson("NORTH_OOC")),
                new Call("PUT", "/api/v1/cases/{caseId}", caseChange),
                new Call("POST", "/api/v1/cases/{caseId}/offences", Fixtures.offence(TestClock.today().minusDays(20))),
                new Call("PUT", "/api/v1/cases/{caseId}/offences/{offenceId}",
                        Fixtures.offence(TestClock.today().minusDays(20))),
                new Call("POST", "/api/v1/cases/{caseId}/closure", Map.of("closureReason", "COMPLETED",
                        "closedOn", today, "eteHoursAtClosure", 16, "accommodationSuitable", true,
                        "endOfOrderQuestionnaireCompleted", true)),
                new Call("POST", "/api/v1/cases/{caseId}/allocations", Map.of("role", "HEALTH",
                        "workerId", Persona.CASE_MANAGER_WEST.subject(),
                        "startDate", today)),
                new Call("POST", "/api/v1/cases/{caseId}/allocations/{allocationId}/end", Map.of("endDate", today)),
                new Call("PUT", "/api/v1/staff/{staffId}", Map.of("displayName", "Renamed Worker", "fte", 0.5)),
                new Call("POST", "/api/v1/staff/{staffId}/memberships",
                        StaffFixtures.membership("NORTH_OOC", "HEALTH", TestClock.today().plusYears(1), null)),
                new Call("POST", "/api/v1/staff/{staffId}/memberships/{membershipId}/end", Map.of("endDate", today)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordCalls")
    void anUnknownRecordIsNotFound(Call call) {
        String unknown = UUID.randomUUID().toString();
        String path = call.path().replace("{caseId}", unknown).replace("{childId}", unknown)
                .replace("{offenceId}", unknown).replace("{allocationId}", unknown).replace("{staffId}", unknown)
                .replace("{membershipId}", unknown);
        assertProblem(Api.as(OPS).header("If-Match", "\"0\"").body(call.body()).request(call.method(), path), 404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordCalls")
    void aChangeWithAnOutOfDateETagIsRefused(Call call) {
        String today = TestClock.today().toString();
        String childId = Fixtures.createYoungPerson(OPS);
        Map<String, Object> open = Fixtures.openCase(childId, "YOUTH_CAUTION");
        open.put("primaryCaseManager", Fixtures.worker(Persona.CASE_MANAGER_NORTH));
        io.restassured.response.Response opened = Fixtures.openCaseAs(OPS, open);
        String caseId = opened.then().statusCode(201).extract().path("id");
        String offenceId = opened.path("offences[0].id");
        String allocationId = Api.as(OPS).header("If-Match", "\"0\"")
                .body(Map.of("role", "SECONDARY_WORKER", "workerId", Persona.OPERATIONS_MANAGER_NORTH.subject(),
                        "startDate", today))
                .post("/api/v1/cases/" + caseId + "/allocations").then().statusCode(201).extract().path("id");
        Map<String, Object> child = Fixtures.youngPerson("NORTH_OOC");
        Api.as(OPS).header("If-Match", "\"0\"").body(child).put("/api/v1/young-people/" + childId)
                .then().statusCode(200);
        String staffId = StaffFixtures.register(OPS, StaffFixtures.registration(StaffFixtures.newSubject(),
                "Versioned Worker", "NORTH_OOC", "CASE_MANAGER", StaffFixtures.LONG_AGO, null));
        String membershipId = Api.as(OPS).header("If-Match", "\"0\"")
                .body(Map.of("displayName", "Versioned Worker", "fte", 0.8)).put("/api/v1/staff/" + staffId)
                .then().statusCode(200).extract().path("memberships[0].id");
        // Every record is now at version 1: "0" is out of date for each.
        String path = call.path().replace("{caseId}", caseId).replace("{childId}", childId)
                .replace("{offenceId}", offenceId).replace("{allocationId}", allocationId)
                .replace("{staffId}", staffId).replace("{membershipId}", membershipId);
        assertProblem(Api.as(OPS).header("If-Match", "\"0\"").body(call.body()).request(call.method(), path), 412);
    }
}
