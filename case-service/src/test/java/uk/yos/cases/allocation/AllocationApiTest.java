package uk.yos.cases.allocation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.cases.StaffFixtures;
import uk.yos.testsupport.Concurrently;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

@QuarkusTest
class AllocationApiTest {

    private static Map<String, Object> allocation(String role, Persona worker) {
        return allocation(role, worker.subject(), TestClock.today());
    }

    private static Map<String, Object> allocation(String role, String workerSubject, LocalDate startDate) {
        return Map.of("role", role, "workerId", workerSubject, "startDate", startDate.toString());
    }

    private static String path(String caseId) {
        return "/api/v1/cases/" + caseId + "/allocations";
    }

    @Test
    void reallocatingThePrimaryCaseManagerKeepsTheHistory() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);

        Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(allocation("PRIMARY_CASE_MANAGER", Persona.OPERATIONS_MANAGER_NORTH)).post(path(caseId))
                .then().statusCode(201).header("ETag", "\"1\"").body("current", equalTo(true));

        Api.as(Persona.OPERATIONS_MANAGER_NORTH).get(path(caseId)).then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].workerId", equalTo(Persona.CASE_MANAGER_NORTH.subject()))
                .body("[0].current", equalTo(false)).body("[0].endDate", equalTo(TestClock.today().toString()))
                .body("[1].workerId", equalTo(Persona.OPERATIONS_MANAGER_NORTH.subject()))
                .body("[1].current", equalTo(true));
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/cases/" + caseId).then()
                .body("currentAllocations", hasSize(1))
                .body("currentAllocations[0].workerId", equalTo(Persona.OPERATIONS_MANAGER_NORTH.subject()));
        assertEquals(1, Db.auditRows("ALLOCATE", "CASE", caseId, Persona.OPERATIONS_MANAGER_NORTH.subject()));
    }

    // Repeated: each run is one race, and the interleavings differ from run to run.
    @RepeatedTest(5)
    void concurrentReallocationsLeaveExactlyOneCurrentPrimary() throws Exception {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String other = StaffFixtures.newWorker("NORTH_OOC", "CASE_MANAGER");

        List<Integer> statuses = Concurrently.run(
                () -> Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                        .body(allocation("PRIMARY_CASE_MANAGER", Persona.OPERATIONS_MANAGER_NORTH))
                        .post(path(caseId)).statusCode(),
                () -> Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                        .body(allocation("PRIMARY_CASE_MANAGER", other, TestClock.today()))
                        .post(path(caseId)).statusCode());

        assertTrue(statuses.contains(201) && statuses.contains(412), "statuses were " + statuses);
        assertEquals(1, Db.count("select count(*) from allocation where case_id = unhex(replace(?, '-', '')) "
                + "and allocation_role = 'PRIMARY_CASE_MANAGER' and end_date is null", caseId));
    }

    @Test
    void specialistAllocationsCanBeEndedButThePrimaryCannot() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String rjAllocation = Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(allocation("VICTIM_RJ_WORKER", Persona.RJ_WORKER)).post(path(caseId))
                .then().statusCode(201).extract().path("id");
        String primary = Api.as(Persona.OPERATIONS_MANAGER_NORTH).get(path(caseId)).then().extract()
                .path("find { it.role == 'PRIMARY_CASE_MANAGER' }.id");

        Map<String, Object> end = Map.of("endDate", TestClock.today().toString());
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"1\"").body(end)
                .post(path(caseId) + "/" + primary + "/end"), 409);
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"1\"").body(end)
                .post(path(caseId) + "/" + rjAllocation + "/end").then().statusCode(200)
                .header("ETag", "\"2\"").body("current", equalTo(false));
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"2\"").body(end)
                .post(path(caseId) + "/" + rjAllocation + "/end"), 409);
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"2\"").body(end)
                .post(path(caseId) + "/" + UUID.randomUUID() + "/end"), 404);
    }

    @Test
    void rejectsBadAllocationsAndWritesNothing() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        long before = Db.rows("allocation");
        assertValidationProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(Map.of("role", "CHAUFFEUR", "workerId", "x",
                        "startDate", TestClock.today().toString()))
                .post(path(caseId)), "role");
        assertValidationProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(Map.of("role", "HEALTH", "workerId", "",
                        "startDate", TestClock.today().plusDays(1).toString()))
                .post(path(caseId)), "workerId", "startDate");
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(allocation("PRIMARY_CASE_MANAGER", Persona.CASE_MANAGER_NORTH)).post(path(caseId)), 409);
        assertEquals(before, Db.rows("allocation"));
    }

    @Test
    void onlyOperationsManagersOfTheTeamAllocate() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(allocation("HEALTH", Persona.CASE_MANAGER_NORTH)).post(path(caseId)), 403);
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_WEST).header("If-Match", "\"0\"")
                .body(allocation("HEALTH", Persona.CASE_MANAGER_WEST)).post(path(caseId)), 404);
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_WEST).get(path(caseId)), 404);
    }

    /** Allocates as the North operations manager at the case's current ETag. */
    private static Response allocate(String caseId, Map<String, Object> body) {
        String etag = Fixtures.etag("/api/v1/cases/" + caseId, Persona.OPERATIONS_MANAGER_NORTH);
        return Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", etag).body(body).post(path(caseId));
    }

    /** Refused with a 422 naming workerId, and nothing changed: no allocation row, the case's version unmoved. */
    private static void assertRefused(String caseId, Map<String, Object> body, String reason) {
        String etag = Fixtures.etag("/api/v1/cases/" + caseId, Persona.OPERATIONS_MANAGER_NORTH);
        long before = Db.rows("allocation");
        Response refused = Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", etag)
                .body(body).post(path(caseId));
        assertProblem(refused, 422);
        refused.then().body("errors[0].field", equalTo("workerId"))
                .body("errors[0].message", containsString(reason));
        assertEquals(before, Db.rows("allocation"));
        assertEquals(etag, Fixtures.etag("/api/v1/cases/" + caseId, Persona.OPERATIONS_MANAGER_NORTH));
    }

    @Test
    void aMembershipStartingOnTheStartDateCountsAndOneStartingTheDayAfterDoesNot() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        LocalDate start = TestClock.today().minusDays(5);
        String fromThatDay = StaffFixtures.newWorker("NORTH_OOC", "CASE_MANAGER", start, null);
        String fromTheDayAfter = StaffFixtures.newWorker("NORTH_OOC", "CASE_MANAGER", start.plusDays(1), null);

        assertRefused(caseId, allocation("SECONDARY_WORKER", fromTheDayAfter, start),
                "is not a member of the case's team NORTH_OOC on " + start);
        allocate(caseId, allocation("SECONDARY_WORKER", fromThatDay, start)).then().statusCode(201)
                .body("workerId", equalTo(fromThatDay));
    }

    @Test
    void theLastDayOfAMembershipCountsAndTheDayAfterItDoesNot() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        LocalDate lastDay = TestClock.today().minusDays(3);
        String leaver = StaffFixtures.newWorker("NORTH_OOC", "HEALTH", StaffFixtures.LONG_AGO, lastDay);

        assertRefused(caseId, allocation("HEALTH", leaver, lastDay.plusDays(1)),
                "is not a member of the case's team NORTH_OOC on " + lastDay.plusDays(1));
        allocate(caseId, allocation("HEALTH", leaver, lastDay)).then().statusCode(201)
                .body("startDate", equalTo(lastDay.toString()));
    }

    @Test
    void aSpecialistRoleNeedsTheMatchingTeamRole() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String healthWorker = StaffFixtures.newWorker("NORTH_OOC", "HEALTH");
        String panelAdvisor = StaffFixtures.newWorker("NORTH_OOC", "PANEL_ADVISOR");

        assertRefused(caseId, allocation("VICTIM_RJ_WORKER", healthWorker, TestClock.today()),
                "as HEALTH, and a VICTIM_RJ_WORKER allocation needs VICTIM_RJ");
        assertRefused(caseId, allocation("SECONDARY_WORKER", healthWorker, TestClock.today()),
                "needs CASE_MANAGER or OPERATIONS_MANAGER");
        assertRefused(caseId, allocation("PRIMARY_CASE_MANAGER", panelAdvisor, TestClock.today()),
                "as PANEL_ADVISOR");
        assertRefused(caseId, allocation("HEALTH", Persona.CASE_MANAGER_NORTH.subject(), TestClock.today()),
                "as CASE_MANAGER, and a HEALTH allocation needs HEALTH");
    }

    @ParameterizedTest(name = "{0} held by a {1}")
    @CsvSource({ "PRIMARY_CASE_MANAGER, CASE_MANAGER",
            "PRIMARY_CASE_MANAGER, OPERATIONS_MANAGER", "SECONDARY_WORKER, CASE_MANAGER",
            "SECONDARY_WORKER, OPERATIONS_MANAGER", "VICTIM_RJ_WORKER, VICTIM_RJ", "HEALTH, HEALTH",
            "EDUCATION_TRAINING_EMPLOYMENT, ETE", "ACCOMMODATION, ACCOMMODATION" })
    void eachAllocationRoleIsHeldByItsTeamRole(String role, String teamRole) {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String worker = StaffFixtures.newWorker("NORTH_OOC", teamRole);
        String name = Api.as(Persona.ADMIN).queryParam("subject", worker).get("/api/v1/staff").then()
                .extract().path("items[0].displayName");

        allocate(caseId, allocation(role, worker, TestClock.today())).then().statusCode(201)
                .body("role", equalTo(role)).body("workerName", equalTo(name));
    }

    @Test
    void aWorkerOfAnotherTeamOrOutsideTheRegisterIsRefused() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        assertRefused(caseId, allocation("SECONDARY_WORKER", Persona.CASE_MANAGER_WEST.subject(), TestClock.today()),
                "is not a member of the case's team NORTH_OOC");
        assertRefused(caseId, allocation("SECONDARY_WORKER", Persona.OPERATIONS_MANAGER_WEST.subject(),
                TestClock.today()), "is not a member of the case's team NORTH_OOC");
        assertRefused(caseId, allocation("SECONDARY_WORKER", StaffFixtures.newSubject(), TestClock.today()),
                "is not in the staff register");
    }

    @Test
    void theWorkersNameComesFromTheRegisterAndTheRequestCannotGiveOne() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String worker = StaffFixtures.newWorker("NORTH_OOC", "ETE");
        Map<String, Object> withName = new HashMap<>(allocation("EDUCATION_TRAINING_EMPLOYMENT", worker,
                TestClock.today()));
        withName.put("workerName", "Someone Else");
        assertValidationProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"").body(withName)
                .post(path(caseId)), "workerName");

        allocate(caseId, allocation("EDUCATION_TRAINING_EMPLOYMENT", worker, TestClock.today())).then()
                .statusCode(201).body("workerName", equalTo("Worker " + worker.substring(0, 8)));
    }
}
