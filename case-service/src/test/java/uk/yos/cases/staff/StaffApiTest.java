package uk.yos.cases.staff;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.cases.StaffFixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

@QuarkusTest
class StaffApiTest {

    private static final String PATH = "/api/v1/staff";
    private static final Persona OPS_NORTH = Persona.OPERATIONS_MANAGER_NORTH;

    private static Map<String, Object> northCaseManager(String subject) {
        return StaffFixtures.registration(subject, "Nat Northworker", "NORTH_OOC", "CASE_MANAGER",
                StaffFixtures.LONG_AGO, null);
    }

    private static long staffRows() {
        return Db.rows("staff_member") + Db.rows("staff_membership");
    }

    @Test
    void anOperationsManagerRegistersIntoTheirTeamOnceAndChangesTheWorkerAtTheirETag() {
        Map<String, Object> body = northCaseManager(StaffFixtures.newSubject());
        Response created = Api.as(OPS_NORTH).header("Idempotency-Key", "register-" + body.get("subject"))
                .body(body).post(PATH);
        created.then().statusCode(201).header("ETag", "\"0\"").body("fte", equalTo(1.0f))
                .body("memberships", hasSize(1)).body("memberships[0].teamRole", equalTo("CASE_MANAGER"))
                .body("memberships[0].activeToday", equalTo(true));
        String id = created.path("id");
        assertEquals("/api/v1/staff/" + id, URI.create(created.header("Location")).getPath());

        Api.as(OPS_NORTH).header("Idempotency-Key", "register-" + body.get("subject")).body(body).post(PATH)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertProblem(Api.as(Persona.ADMIN).body(body).post(PATH), 409);
        assertEquals(1, Db.count("select count(*) from staff_member where subject = ?", body.get("subject")));
        assertEquals(1, Db.auditRows("CREATE", "STAFF_MEMBER", id, OPS_NORTH.subject()));

        Map<String, Object> change = Map.of("displayName", "Nat Northworker-Smith", "fte", 0.6);
        assertProblem(Api.as(OPS_NORTH).body(change).put(PATH + "/" + id), 428);
        Api.as(OPS_NORTH).header("If-Match", "\"0\"").body(change).put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("displayName", equalTo("Nat Northworker-Smith"))
                .body("fte", equalTo(0.6f));
        assertProblem(Api.as(OPS_NORTH).header("If-Match", "\"0\"").body(change).put(PATH + "/" + id), 412);
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'UPDATE' and record_type = "
                + "'STAFF_MEMBER' and record_id = ? and detail = 'changed=displayName,fte'", id));

        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
        assertEquals(1, Db.auditRows("READ", "STAFF_MEMBER", id, Persona.CASE_MANAGER_NORTH.subject()));
    }

    @Test
    void badRegistrationsAreProblemsAndWriteNothing() {
        long before = staffRows();
        Map<String, Object> tooLittle = northCaseManager(StaffFixtures.newSubject());
        tooLittle.put("fte", 0.09);
        assertValidationProblem(Api.as(Persona.ADMIN).body(tooLittle).post(PATH), "fte");
        Map<String, Object> tooMuch = northCaseManager(StaffFixtures.newSubject());
        tooMuch.put("fte", 1.01);
        assertValidationProblem(Api.as(Persona.ADMIN).body(tooMuch).post(PATH), "fte");
        Map<String, Object> unknownTeam = StaffFixtures.registration(StaffFixtures.newSubject(), "X Y", "NOWHERE",
                "HEALTH", StaffFixtures.LONG_AGO, null);
        assertValidationProblem(Api.as(Persona.ADMIN).body(unknownTeam).post(PATH), "membership.teamCode");
        Map<String, Object> endsBeforeStart = StaffFixtures.registration(StaffFixtures.newSubject(), "X Y",
                "NORTH_OOC", "HEALTH", TestClock.today(), TestClock.today().minusDays(1));
        assertValidationProblem(Api.as(Persona.ADMIN).body(endsBeforeStart).post(PATH), "membership.endDate");
        Map<String, Object> noRole = northCaseManager(StaffFixtures.newSubject());
        noRole.put("membership", Map.of("teamCode", "NORTH_OOC", "teamRole", "CHAUFFEUR", "startDate",
                TestClock.today().toString()));
        assertValidationProblem(Api.as(Persona.ADMIN).body(noRole).post(PATH), "membership.teamRole");
        assertEquals(before, staffRows());

        // The smallest and largest working hours are accepted.
        Map<String, Object> smallest = northCaseManager(StaffFixtures.newSubject());
        smallest.put("fte", 0.1);
        Api.as(Persona.ADMIN).body(smallest).post(PATH).then().statusCode(201).body("fte", equalTo(0.1f));
    }

    @Test
    void anOperationsManagerKeepsOnlyTheirOwnTeam() {
        long before = staffRows();
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_WEST).body(northCaseManager(StaffFixtures.newSubject()))
                .post(PATH), 403);
        assertEquals(before, staffRows());

        String north = StaffFixtures.register(OPS_NORTH, northCaseManager(StaffFixtures.newSubject()));
        Persona west = Persona.OPERATIONS_MANAGER_WEST;
        assertProblem(Api.as(west).get(PATH + "/" + north), 404);
        assertEquals(1, Db.count("select count(*) from audit_event where record_id = ? and subject = ? and "
                + "outcome = 'DENIED'", north, west.subject()));
        assertProblem(Api.as(west).header("If-Match", "\"0\"").body(Map.of("displayName", "X Y", "fte", 1))
                .put(PATH + "/" + north), 404);
        assertProblem(Api.as(west).get(PATH + "/" + north + "/caseload"), 404);
        assertProblem(Api.as(Persona.CASE_MANAGER_WEST).get(PATH + "/" + north), 404);
        Api.as(west).queryParam("size", 100).get(PATH).then().statusCode(200).body("items.id", not(hasItem(north)));

        // A North manager may not add a West membership, even to their own team's worker.
        assertProblem(Api.as(OPS_NORTH).header("If-Match", "\"0\"")
                .body(StaffFixtures.membership("WEST_OOC", "CASE_MANAGER", TestClock.today(), null))
                .post(PATH + "/" + north + "/memberships"), 403);
        // Admin may: the worker then shows in West's register, and West's manager ends that membership only.
        String westMembership = Api.as(Persona.ADMIN).header("If-Match", "\"0\"")
                .body(StaffFixtures.membership("WEST_OOC", "CASE_MANAGER", TestClock.today(), null))
                .post(PATH + "/" + north + "/memberships").then().statusCode(201).header("ETag", "\"1\"")
                .extract().path("id");
        String northMembership = Api.as(west).get(PATH + "/" + north).then().statusCode(200)
                .extract().path("memberships.find { it.teamCode == 'NORTH_OOC' }.id");
        Map<String, Object> end = Map.of("endDate", TestClock.today().toString());
        assertProblem(Api.as(west).header("If-Match", "\"1\"").body(end)
                .post(PATH + "/" + north + "/memberships/" + northMembership + "/end"), 403);
        Api.as(west).header("If-Match", "\"1\"").body(end)
                .post(PATH + "/" + north + "/memberships/" + westMembership + "/end").then().statusCode(200)
                .header("ETag", "\"2\"").body("membership.endDate", equalTo(TestClock.today().toString()));
        assertEquals(1, Db.auditRows("END_MEMBERSHIP", "STAFF_MEMBER", north, west.subject()));
        assertEquals(1, Db.auditRows("ADD_MEMBERSHIP", "STAFF_MEMBER", north, Persona.ADMIN.subject()));
    }

    @Test
    void aManagerReadsButNoLongerChangesAWorkerWhoLeftTheirTeam() {
        String leaver = StaffFixtures.register(Persona.ADMIN, StaffFixtures.registration(StaffFixtures.newSubject(),
                "Lee Leaver", "WEST_OOC", "HEALTH", StaffFixtures.LONG_AGO, TestClock.today().minusDays(1)));
        Map<String, Object> change = Map.of("displayName", "Lee Leaver", "fte", 0.5);
        Api.as(Persona.OPERATIONS_MANAGER_WEST).get(PATH + "/" + leaver).then().statusCode(200);
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_WEST).header("If-Match", "\"0\"").body(change)
                .put(PATH + "/" + leaver), 403);
        Api.as(Persona.ADMIN).header("If-Match", "\"0\"").body(change).put(PATH + "/" + leaver).then()
                .statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aWorkerHasOneMembershipOfATeamOnAnyDay() {
        LocalDate start = TestClock.today().minusDays(30);
        String id = StaffFixtures.register(OPS_NORTH, StaffFixtures.registration(StaffFixtures.newSubject(),
                "Ola Overlap", "NORTH_OOC", "CASE_MANAGER", start, start.plusDays(9)));
        String path = PATH + "/" + id + "/memberships";
        // Its last day is still taken; the day after is free.
        assertProblem(Api.as(OPS_NORTH).header("If-Match", "\"0\"")
                .body(StaffFixtures.membership("NORTH_OOC", "HEALTH", start.plusDays(9), null)).post(path), 409);
        assertProblem(Api.as(OPS_NORTH).header("If-Match", "\"0\"")
                .body(StaffFixtures.membership("NORTH_OOC", "HEALTH", start.minusDays(5), start)).post(path), 409);
        Api.as(OPS_NORTH).header("If-Match", "\"0\"")
                .body(StaffFixtures.membership("NORTH_OOC", "HEALTH", start.plusDays(10), null)).post(path)
                .then().statusCode(201).header("ETag", "\"1\"").body("teamRole", equalTo("HEALTH"));
        Api.as(OPS_NORTH).get(PATH + "/" + id).then().body("memberships", hasSize(2))
                .body("memberships[0].activeToday", equalTo(false)).body("memberships[1].activeToday", equalTo(true));

        String ended = Api.as(OPS_NORTH).get(PATH + "/" + id).path("memberships[0].id");
        assertProblem(Api.as(OPS_NORTH).header("If-Match", "\"1\"").body(Map.of("endDate", start.toString()))
                .post(path + "/" + ended + "/end"), 409);
        String open = Api.as(OPS_NORTH).get(PATH + "/" + id).path("memberships[1].id");
        assertValidationProblem(Api.as(OPS_NORTH).header("If-Match", "\"1\"")
                .body(Map.of("endDate", start.plusDays(9).toString())).post(path + "/" + open + "/end"), "endDate");
        assertProblem(Api.as(OPS_NORTH).header("If-Match", "\"1\"").body(Map.of("endDate", start.toString()))
                .post(path + "/" + UUID.randomUUID() + "/end"), 404);
    }

    @Test
    void theRegisterListsWhoIsInATeamOnADay() {
        LocalDate today = TestClock.today();
        String joining = StaffFixtures.newWorker("NORTH_OOC", "ETE", today.plusDays(10), null);
        String leaving = StaffFixtures.newWorker("NORTH_OOC", "ETE", StaffFixtures.LONG_AGO, today);
        String elsewhere = StaffFixtures.newWorker("WEST_OOC", "ETE");

        assertListed(joining, Map.of("teamCode", "NORTH_OOC", "activeOn", today.plusDays(9)), false);
        assertListed(joining, Map.of("teamCode", "NORTH_OOC", "activeOn", today.plusDays(10)), true);
        assertListed(leaving, Map.of("teamCode", "NORTH_OOC", "activeOn", today), true);
        assertListed(leaving, Map.of("teamCode", "NORTH_OOC", "activeOn", today.plusDays(1)), false);
        assertListed(leaving, Map.of("teamCode", "NORTH_OOC", "teamRole", "ETE"), true);
        assertListed(leaving, Map.of("teamCode", "NORTH_OOC", "teamRole", "HEALTH"), false);
        assertListed(elsewhere, Map.of("teamCode", "NORTH_OOC"), false);
        assertListed(elsewhere, Map.of("teamCode", "WEST_OOC", "activeOn", today), true);
        // A case manager reads their own team's register, leavers included; not another team's.
        Api.as(Persona.CASE_MANAGER_NORTH).queryParam("subject", leaving).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1));
        Api.as(Persona.CASE_MANAGER_NORTH).queryParam("subject", elsewhere).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));
        Api.as(Persona.HEAD_OF_SERVICE).queryParam("subject", elsewhere).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1));
        assertValidationProblem(Api.as(Persona.ADMIN).queryParam("sort", "fte").get(PATH), "sort");
    }

    private static void assertListed(String subject, Map<String, Object> filters, boolean listed) {
        Map<String, String> query = new HashMap<>();
        filters.forEach((name, value) -> query.put(name, value.toString()));
        query.put("subject", subject);
        Api.as(Persona.ADMIN).queryParams(query).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(listed ? 1 : 0));
    }

    @Test
    void aLeaverKeepsTheirHistoryAndTheirCasesAreListedForReallocation() {
        String subject = StaffFixtures.newWorker("NORTH_OOC", "CASE_MANAGER");
        String id = Api.as(OPS_NORTH).queryParam("subject", subject).get(PATH).path("items[0].id");
        String first = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String second = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        for (String caseId : new String[] { first, second }) {
            Api.as(OPS_NORTH).header("If-Match", "\"0\"").body(Map.of("role", "SECONDARY_WORKER", "workerId",
                    subject, "startDate", TestClock.today().toString()))
                    .post("/api/v1/cases/" + caseId + "/allocations").then().statusCode(201);
        }
        Api.as(OPS_NORTH).get(PATH + "/" + id + "/caseload").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.caseId", hasItem(first)).body("items[0].role", equalTo("SECONDARY_WORKER"))
                .body("items[0].owningTeamCode", equalTo("NORTH_OOC"));
        assertEquals(1, Db.auditRows("READ_CASELOAD", "STAFF_MEMBER", id, OPS_NORTH.subject()));
        // The head of service sees all of it.
        Api.as(Persona.HEAD_OF_SERVICE).get(PATH + "/" + id + "/caseload").then().body("totalItems", equalTo(2));

        String membership = Api.as(OPS_NORTH).get(PATH + "/" + id).path("memberships[0].id");
        Api.as(OPS_NORTH).header("If-Match", "\"0\"").body(Map.of("endDate", TestClock.today().toString()))
                .post(PATH + "/" + id + "/memberships/" + membership + "/end").then().statusCode(200)
                .header("ETag", "\"1\"").body("allocationsToReallocate", equalTo(2))
                .body("membership.activeToday", equalTo(true));

        // The history stays; the caseload of the team's cases is what to reallocate.
        Api.as(OPS_NORTH).queryParam("teamCode", "NORTH_OOC").get(PATH + "/" + id + "/caseload").then()
                .body("totalItems", equalTo(2));
        Api.as(OPS_NORTH).queryParam("teamCode", "WEST_OOC").get(PATH + "/" + id + "/caseload").then()
                .body("totalItems", equalTo(0));
        String secondaryOfFirst = Api.as(OPS_NORTH).get("/api/v1/cases/" + first + "/allocations").path(
                "find { it.role == 'SECONDARY_WORKER' }.id");
        Api.as(OPS_NORTH).header("If-Match", "\"1\"").body(Map.of("endDate", TestClock.today().toString()))
                .post("/api/v1/cases/" + first + "/allocations/" + secondaryOfFirst + "/end").then().statusCode(200);
        Api.as(OPS_NORTH).get(PATH + "/" + id + "/caseload").then().body("totalItems", equalTo(1))
                .body("items[0].caseId", equalTo(second));
        Api.as(OPS_NORTH).get("/api/v1/cases/" + first + "/allocations").then()
                .body("find { it.role == 'SECONDARY_WORKER' }.workerId", equalTo(subject));
    }

    @Test
    void aCaseloadShowsOnlyTheCasesTheReaderMaySee() {
        String subject = StaffFixtures.newWorker("NORTH_OOC", "CASE_MANAGER");
        String id = Api.as(Persona.ADMIN).queryParam("subject", subject).get(PATH).path("items[0].id");
        Api.as(Persona.ADMIN).header("If-Match", "\"0\"")
                .body(StaffFixtures.membership("WEST_OOC", "CASE_MANAGER", StaffFixtures.LONG_AGO, null))
                .post(PATH + "/" + id + "/memberships").then().statusCode(201);
        String northCase = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String westCase = Fixtures.newCase(Persona.CASE_MANAGER_WEST);
        Map<String, Object> secondary = Map.of("role", "SECONDARY_WORKER", "workerId", subject, "startDate",
                TestClock.today().toString());
        Api.as(OPS_NORTH).header("If-Match", "\"0\"").body(secondary)
                .post("/api/v1/cases/" + northCase + "/allocations").then().statusCode(201);
        Api.as(Persona.OPERATIONS_MANAGER_WEST).header("If-Match", "\"0\"").body(secondary)
                .post("/api/v1/cases/" + westCase + "/allocations").then().statusCode(201);

        Api.as(Persona.CASE_MANAGER_WEST).get(PATH + "/" + id + "/caseload").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].caseId", equalTo(westCase));
        Api.as(OPS_NORTH).get(PATH + "/" + id + "/caseload").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].caseId", equalTo(northCase));
        Api.as(Persona.HEAD_OF_SERVICE).get(PATH + "/" + id + "/caseload").then().statusCode(200)
                .body("totalItems", equalTo(2));
    }
}
