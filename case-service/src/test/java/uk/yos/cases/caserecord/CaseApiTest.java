package uk.yos.cases.caserecord;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.cases.StaffFixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;
import uk.yos.testsupport.Tokens;

@QuarkusTest
class CaseApiTest {

    private static final String PATH = "/api/v1/cases";

    @Test
    void opensACaseWithItsOffencesAndTheCallerAsPrimaryCaseManager() {
        String child = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        String id = Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(child, "YOUTH_CAUTION"))
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("OPEN")).body("category", equalTo("OUT_OF_COURT"))
                .body("owningTeamCode", equalTo("NORTH_OOC"))
                .body("offences", hasSize(1)).body("offences[0].gravityScore", equalTo(2))
                .body("currentAllocations", hasSize(1))
                .body("currentAllocations[0].role", equalTo("PRIMARY_CASE_MANAGER"))
                .body("currentAllocations[0].workerId", equalTo(Persona.CASE_MANAGER_NORTH.subject()))
                .extract().path("id");

        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id).then().statusCode(200)
                .body("youngPersonId", equalTo(child)).body("firstTimeEntrant", equalTo(true));
        assertEquals(1, Db.auditRows("OPEN", "CASE", id, Persona.CASE_MANAGER_NORTH.subject()));
        assertEquals(1, Db.auditRows("READ", "CASE", id, Persona.CASE_MANAGER_NORTH.subject()));
    }

    @Test
    void onlyTheFirstFormalOutcomeMakesAFirstTimeEntrant() {
        String child = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(child, "COMMUNITY_RESOLUTION"))
                .then().statusCode(201).body("firstTimeEntrant", equalTo(false));
        Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(child, "YOUTH_CONDITIONAL_CAUTION"))
                .then().statusCode(201).body("firstTimeEntrant", equalTo(true));
        Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(child, "REFERRAL_ORDER"))
                .then().statusCode(201).body("firstTimeEntrant", equalTo(false)).body("category", equalTo("COURT"));
    }

    @Test
    void correctingACaseToTheChildsFirstFormalOutcomeMakesThemAFirstTimeEntrant() {
        String child = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        String id = Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(child, "COMMUNITY_RESOLUTION"))
                .then().statusCode(201).body("firstTimeEntrant", equalTo(false)).extract().path("id");

        correct(id, "\"0\"", "YOUTH_CAUTION").then().statusCode(200).header("ETag", "\"1\"")
                .body("caseType", equalTo("YOUTH_CAUTION")).body("firstTimeEntrant", equalTo(true));
        // Another formal outcome for the same (still the only formal) case: still the first.
        correct(id, "\"1\"", "REFERRAL_ORDER").then().statusCode(200)
                .body("caseType", equalTo("REFERRAL_ORDER")).body("firstTimeEntrant", equalTo(true));
        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id).then().statusCode(200)
                .body("firstTimeEntrant", equalTo(true));
        // Corrected back to an outcome that does not count: no longer a first-time entrant.
        correct(id, "\"2\"", "OUTCOME_22_DEFERRED_PROSECUTION").then().statusCode(200)
                .body("firstTimeEntrant", equalTo(false));
    }

    @Test
    void correctingASecondCaseToAFormalOutcomeDoesNotMakeAFirstTimeEntrantTwice() {
        String child = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(child, "YOUTH_CAUTION"))
                .then().statusCode(201).body("firstTimeEntrant", equalTo(true));
        String second = Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(child, "COMMUNITY_RESOLUTION"))
                .then().statusCode(201).body("firstTimeEntrant", equalTo(false)).extract().path("id");

        correct(second, "\"0\"", "YOUTH_CONDITIONAL_CAUTION").then().statusCode(200)
                .body("caseType", equalTo("YOUTH_CONDITIONAL_CAUTION")).body("firstTimeEntrant", equalTo(false));
        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + second).then().statusCode(200)
                .body("firstTimeEntrant", equalTo(false));
    }

    /** Corrects the case's type, keeping its outcome date and team. */
    private static io.restassured.response.Response correct(String id, String etag, String caseType) {
        return Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", etag)
                .body(Map.of("caseType", caseType, "outcomeDate", TestClock.today().minusDays(10).toString(),
                        "owningTeamCode", "NORTH_OOC"))
                .put(PATH + "/" + id);
    }

    @Test
    void rejectsAnOffenceCommittedOutsideTheAgesOfTenToSeventeen() {
        Map<String, Object> child = Fixtures.youngPerson("NORTH_OOC");
        child.put("dateOfBirth", TestClock.today().minusYears(19).toString());
        String id = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH, child);
        long before = Db.rows("case_record");

        Map<String, Object> adultOffence = Fixtures.openCase(id, "YOUTH_CAUTION");
        assertValidationProblem(Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, adultOffence),
                "offences[0].offenceDate");

        Map<String, Object> childhoodOffence = Fixtures.openCase(id, "YOUTH_CAUTION");
        childhoodOffence.put("offences", List.of(Fixtures.offence(TestClock.today().minusYears(11))));
        assertValidationProblem(Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, childhoodOffence),
                "offences[0].offenceDate");
        assertEquals(before, Db.rows("case_record"));
        assertEquals(0, Db.count("select count(*) from case_record where young_person_id = unhex(replace(?, '-', ''))",
                id));
    }

    @Test
    void rejectsInvalidCaseInputAndWritesNothing() {
        String child = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        long cases = Db.rows("case_record");
        long offences = Db.rows("offence");
        long allocations = Db.rows("allocation");

        Map<String, Object> body = Fixtures.openCase(child, "YOUTH_CAUTION");
        body.put("caseType", "PARKING_TICKET");
        assertValidationProblem(Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, body), "caseType");

        body = Fixtures.openCase(child, "YOUTH_CAUTION");
        Map<String, Object> offence = Fixtures.offence(TestClock.today().minusDays(40));
        offence.put("gravityScore", 9);
        body.put("offences", List.of(offence));
        assertValidationProblem(Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, body), "offences[0].gravityScore");

        body = Fixtures.openCase(child, "YOUTH_CAUTION");
        body.put("offences", List.of());
        assertValidationProblem(Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, body), "offences");

        body = Fixtures.openCase(child, "YOUTH_CAUTION");
        body.put("outcomeDate", TestClock.today().plusDays(3).toString());
        assertValidationProblem(Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, body), "outcomeDate");

        assertEquals(cases, Db.rows("case_record"));
        assertEquals(offences, Db.rows("offence"));
        assertEquals(allocations, Db.rows("allocation"));
    }

    @Test
    void cannotOpenACaseForAChildOutsideTheCallersScope() {
        String westChild = Fixtures.createYoungPerson(Persona.CASE_MANAGER_WEST);
        assertProblem(Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(westChild, "YOUTH_CAUTION")),
                404);
        assertProblem(Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH,
                Fixtures.openCase(UUID.randomUUID().toString(), "YOUTH_CAUTION")), 404);
    }

    @Test
    void aNorthCaseManagerCannotSeeAWestCaseUnlessAllocatedToIt() {
        String westCase = Fixtures.newCase(Persona.CASE_MANAGER_WEST);
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + westCase), 404);
        Api.as(Persona.CASE_MANAGER_NORTH).queryParam("size", 100).get(PATH).then().statusCode(200)
                .body("items.id", not(hasItem(westCase)));
        Api.as(Persona.HEAD_OF_SERVICE).get(PATH + "/" + westCase).then().statusCode(200);

        String etag = Fixtures.etag(PATH + "/" + westCase, Persona.OPERATIONS_MANAGER_WEST);
        Api.as(Persona.OPERATIONS_MANAGER_WEST).header("If-Match", etag)
                .body(Map.of("role", "SECONDARY_WORKER", "workerId", Persona.CASE_MANAGER_NORTH.subject(),
                        "startDate", TestClock.today().toString()))
                .post(PATH + "/" + westCase + "/allocations").then().statusCode(201);

        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + westCase).then().statusCode(200);
        Api.as(Persona.CASE_MANAGER_NORTH).queryParam("allocatedWorkerId", Persona.CASE_MANAGER_NORTH.subject())
                .queryParam("size", 100).get(PATH).then().statusCode(200).body("items.id", hasItem(westCase));
    }

    @Test
    void closingNeedsTheEndOfOrderRecordAndFreezesTheCaseUntilReopened() {
        String id = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String casePath = PATH + "/" + id;
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(Map.of("closureReason", "COMPLETED", "closedOn", TestClock.today().toString()))
                .post(casePath + "/closure"), "eteHoursAtClosure", "accommodationSuitable",
                "endOfOrderQuestionnaireCompleted");

        Map<String, Object> closure = Map.of("closureReason", "COMPLETED", "closedOn", TestClock.today().toString(),
                "eteHoursAtClosure", 25, "accommodationSuitable", true, "endOfOrderQuestionnaireCompleted", true);
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(closure).post(casePath + "/closure"), 428);
        Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(closure).post(casePath + "/closure")
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("CLOSED"))
                .body("eteHoursAtClosure", equalTo(25));

        Map<String, Object> change = Map.of("caseType", "YOUTH_CAUTION", "outcomeDate",
                TestClock.today().minusDays(10).toString(), "owningTeamCode", "NORTH_OOC");
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"1\"").body(change).put(casePath), 409);
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"1\"")
                .body(Fixtures.offence(TestClock.today().minusDays(20))).post(casePath + "/offences"), 409);

        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"1\"")
                .body(Map.of("reason", " ")).post(casePath + "/reopening"), "reason");
        Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"1\"")
                .body(Map.of("reason", "Closed in error")).post(casePath + "/reopening")
                .then().statusCode(200).body("status", equalTo("OPEN")).body("closedOn", equalTo(null));
        Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"2\"").body(change).put(casePath)
                .then().statusCode(200).header("ETag", "\"3\"");
        assertEquals(2, Db.count("select count(*) from case_status_change where case_id = unhex(replace(?, '-', ''))",
                id));
        assertEquals(1, Db.auditRows("REOPEN", "CASE", id, Persona.CASE_MANAGER_NORTH.subject()));
    }

    @Test
    void addingAnOffenceMovesTheCaseVersionOn() {
        String id = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(Fixtures.offence(TestClock.today().minusDays(30))).post(PATH + "/" + id + "/offences")
                .then().statusCode(200).header("ETag", "\"1\"").body("offences", hasSize(2));
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(Fixtures.offence(TestClock.today().minusDays(30))).post(PATH + "/" + id + "/offences"), 412);
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"1\"")
                .body(Fixtures.offence(TestClock.today().minusDays(1))).post(PATH + "/" + id + "/offences"),
                "offenceDate");
    }

    /** The document promises at most {@link CaseView#MAX_OFFENCES} offences on a case (maxItems). */
    @Test
    void aCaseHoldsAtMostFiftyOffences() {
        String child = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        Map<String, Object> body = Fixtures.openCase(child, "YOUTH_CAUTION");
        body.put("offences", Collections.nCopies(CaseView.MAX_OFFENCES,
                Fixtures.offence(TestClock.today().minusDays(40))));
        String id = Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, body).then().statusCode(201)
                .body("offences", hasSize(CaseView.MAX_OFFENCES)).extract().path("id");

        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(Fixtures.offence(TestClock.today().minusDays(30))).post(PATH + "/" + id + "/offences"), 422);
        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("offences", hasSize(CaseView.MAX_OFFENCES));
    }

    @Test
    void anOffenceRecordedInErrorCanBeCorrected() {
        String id = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String offencePath = PATH + "/" + id + "/offences/";
        String offenceId = Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id).path("offences[0].id");
        Map<String, Object> corrected = Fixtures.offence(TestClock.today().minusDays(35));
        corrected.put("offenceTypeCode", "CRIMINAL_DAMAGE");
        corrected.put("gravityScore", 3);

        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(Fixtures.offence(TestClock.today().minusYears(15))).put(offencePath + offenceId), "offenceDate");
        Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(corrected).put(offencePath + offenceId)
                .then().statusCode(200).header("ETag", "\"1\"").body("offences", hasSize(1))
                .body("offences[0].offenceTypeCode", equalTo("CRIMINAL_DAMAGE"))
                .body("offences[0].gravityScore", equalTo(3));
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"1\"").body(corrected)
                .put(offencePath + UUID.randomUUID()), 404);
        assertEquals(1, Db.auditRows("AMEND_OFFENCE", "CASE", id, Persona.CASE_MANAGER_NORTH.subject()));
    }

    @Test
    void onlyAnOperationsManagerMovesACaseToAnotherTeam() {
        String id = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        Map<String, Object> move = Map.of("caseType", "YOUTH_CAUTION", "outcomeDate",
                TestClock.today().minusDays(10).toString(), "owningTeamCode", "NORTH_POST_COURT");
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(move)
                .put(PATH + "/" + id), 403);
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"").body(move).put(PATH + "/" + id)
                .then().statusCode(200).body("owningTeamCode", equalTo("NORTH_POST_COURT"));
    }

    @Test
    void filtersCasesByChildStatusAndType() {
        String child = Fixtures.createYoungPerson(Persona.OPERATIONS_MANAGER_NORTH);
        Map<String, Object> body = Fixtures.openCase(child, "YOUTH_CAUTION");
        body.put("primaryCaseManager", Fixtures.worker(Persona.CASE_MANAGER_NORTH));
        Fixtures.openCaseAs(Persona.OPERATIONS_MANAGER_NORTH, body).then().statusCode(201);
        body = Fixtures.openCase(child, "REFERRAL_ORDER");
        body.put("primaryCaseManager", Fixtures.worker(Persona.CASE_MANAGER_NORTH));
        Fixtures.openCaseAs(Persona.OPERATIONS_MANAGER_NORTH, body).then().statusCode(201);

        Api.as(Persona.OPERATIONS_MANAGER_NORTH).queryParam("youngPersonId", child).get(PATH).then()
                .statusCode(200).body("totalItems", equalTo(2));
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).queryParam("youngPersonId", child)
                .queryParam("caseType", "REFERRAL_ORDER").queryParam("status", "OPEN").get(PATH).then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].caseType", equalTo("REFERRAL_ORDER"));
        assertValidationProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).queryParam("sort", "secret").get(PATH),
                "sort");
    }

    @Test
    void anOperationsManagerMustNameThePrimaryCaseManager() {
        String child = Fixtures.createYoungPerson(Persona.OPERATIONS_MANAGER_NORTH);
        assertValidationProblem(Fixtures.openCaseAs(Persona.OPERATIONS_MANAGER_NORTH,
                Fixtures.openCase(child, "YOUTH_CAUTION")), "primaryCaseManager");
        assertTrue(Db.count("select count(*) from case_record where young_person_id = unhex(replace(?, '-', ''))",
                child) == 0);
    }

    /** Opening as {@code as}: refused with a 422 naming {@code field}, and no case written for the child. */
    private static void assertOpeningRefused(RequestSpecification as, String child,
            Map<String, Object> body, String field, String reason) {
        long before = Db.rows("case_record") + Db.rows("allocation");
        Response refused = as.body(body).post(PATH);
        assertProblem(refused, 422);
        refused.then().body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(reason));
        assertEquals(before, Db.rows("case_record") + Db.rows("allocation"));
        assertTrue(Db.count("select count(*) from case_record where young_person_id = unhex(replace(?, '-', ''))",
                child) == 0);
    }

    @Test
    void thePrimaryCaseManagerNamedAtOpeningMustHoldCasesInTheOwningTeamToday() {
        StaffFixtures.personasRegistered();
        String child = Fixtures.createYoungPerson(Persona.OPERATIONS_MANAGER_NORTH);
        Map<String, Object> body = Fixtures.openCase(child, "YOUTH_CAUTION");

        body.put("primaryCaseManager", Map.of("workerId", StaffFixtures.newSubject()));
        assertOpeningRefused(Api.as(Persona.OPERATIONS_MANAGER_NORTH), child, body, "primaryCaseManager.workerId",
                "is not in the staff register");
        body.put("primaryCaseManager", Fixtures.worker(Persona.CASE_MANAGER_WEST));
        assertOpeningRefused(Api.as(Persona.OPERATIONS_MANAGER_NORTH), child, body, "primaryCaseManager.workerId",
                "is not a member of the case's team NORTH_OOC on " + TestClock.today());
        body.put("primaryCaseManager", Map.of("workerId", StaffFixtures.newWorker("NORTH_OOC",
                "HEALTH")));
        assertOpeningRefused(Api.as(Persona.OPERATIONS_MANAGER_NORTH), child, body, "primaryCaseManager.workerId",
                "a PRIMARY_CASE_MANAGER allocation needs CASE_MANAGER or OPERATIONS_MANAGER");
        String startsTomorrow = StaffFixtures.newWorker("NORTH_OOC", "CASE_MANAGER",
                TestClock.today().plusDays(1), null);
        body.put("primaryCaseManager", Map.of("workerId", startsTomorrow));
        assertOpeningRefused(Api.as(Persona.OPERATIONS_MANAGER_NORTH), child, body, "primaryCaseManager.workerId",
                "is not a member");

        String startsToday = StaffFixtures.newWorker("NORTH_OOC", "CASE_MANAGER", TestClock.today(),
                null);
        body.put("primaryCaseManager", Map.of("workerId", startsToday));
        Fixtures.openCaseAs(Persona.OPERATIONS_MANAGER_NORTH, body).then().statusCode(201)
                .body("currentAllocations[0].workerId", equalTo(startsToday))
                .body("currentAllocations[0].workerName", equalTo("Worker " + startsToday.substring(0, 8)));
    }

    @Test
    void aCaseManagerOpeningACaseMustBeAMemberOfItsTeam() {
        StaffFixtures.personasRegistered();
        // A West case manager whose token names North: the register knows them in West only.
        String token = Tokens.builder(Persona.CASE_MANAGER_WEST).team("NORTH_OOC").sign();
        RequestSpecification asNorth = Api.anonymous().auth().oauth2(token);
        String child = asNorth.body(Fixtures.youngPerson("NORTH_OOC")).post("/api/v1/young-people").then()
                .statusCode(201).extract().path("id");
        assertOpeningRefused(Api.anonymous().auth().oauth2(token), child, Fixtures.openCase(child, "YOUTH_CAUTION"),
                "primaryCaseManager", "is not a member of the case's team NORTH_OOC");
    }
}
