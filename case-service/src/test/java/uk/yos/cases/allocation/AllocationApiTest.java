package uk.yos.cases.allocation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Concurrently;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

@QuarkusTest
class AllocationApiTest {

    private static Map<String, Object> allocation(String role, Persona worker) {
        return Map.of("role", role, "workerId", worker.subject(), "workerName", worker.username(),
                "startDate", TestClock.today().toString());
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

        List<Integer> statuses = Concurrently.run(
                () -> Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                        .body(allocation("PRIMARY_CASE_MANAGER", Persona.OPERATIONS_MANAGER_NORTH))
                        .post(path(caseId)).statusCode(),
                () -> Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                        .body(allocation("PRIMARY_CASE_MANAGER", Persona.HEAD_OF_SERVICE))
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
                .body(Map.of("role", "CHAUFFEUR", "workerId", "x", "workerName", "y",
                        "startDate", TestClock.today().toString()))
                .post(path(caseId)), "role");
        assertValidationProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(Map.of("role", "HEALTH", "workerId", "", "workerName", "y",
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
}
