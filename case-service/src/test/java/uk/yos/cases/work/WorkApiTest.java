package uk.yos.cases.work;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.yos.cases.Api;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Persona;

/** What is due; today on the test clock is Monday 15 June 2026. */
@QuarkusTest
class WorkApiTest {

    static final Persona CASE_MANAGER = Persona.CASE_MANAGER_NORTH;

    static String openCase(LocalDate outcomeDate) {
        String child = Fixtures.createYoungPerson(CASE_MANAGER);
        Map<String, Object> body = Fixtures.openCase(child, "YOUTH_CAUTION");
        body.put("outcomeDate", outcomeDate.toString());
        body.put("offences", List.of(Fixtures.offence(outcomeDate.minusDays(20))));
        return Fixtures.openCaseAs(CASE_MANAGER, body).then().statusCode(201).extract().path("id");
    }

    static JsonPath caseWork(String caseId, String query) {
        return Api.as(CASE_MANAGER).get("/api/v1/cases/" + caseId + "/work?" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aNewCaseShowsItsStartAssessmentAndScreeningsAsDueOrOverdue() {
        // Outcome Monday 1 June: assessment and screenings due Monday 15 June, today.
        String dueCase = openCase(LocalDate.parse("2026-06-01"));
        JsonPath due = caseWork(dueCase, "view=DUE&withinDays=0");
        assertEquals(List.of("2026-06-15", "2026-06-15", "2026-06-15"), due.getList("items.dueDate"));
        assertTrue(due.getList("items.kind").containsAll(List.of("START_ASSESSMENT", "GANG_SCREENING",
                "CSE_SCREENING")));
        assertEquals(0, caseWork(dueCase, "view=OVERDUE").getInt("totalItems"));

        // Outcome Friday 29 May: due Friday 12 June, overdue today.
        String lateCase = openCase(LocalDate.parse("2026-05-29"));
        assertEquals(3, caseWork(lateCase, "view=OVERDUE").getInt("totalItems"));
        assertEquals(0, caseWork(lateCase, "view=DUE").getInt("totalItems"));
    }

    @Test
    void completedWorkShowsInItsPeriodWithWhetherItWasOnTime() {
        String caseId = openCase(LocalDate.parse("2026-05-29"));
        String assessments = "/api/v1/cases/" + caseId + "/assessments";
        String id = Api.as(CASE_MANAGER).get(assessments).then().extract().path("[0].id");
        String etag = Api.as(CASE_MANAGER).header("If-Match", "\"0\"").body(Map.of("startedOn", "2026-06-01"))
                .post(assessments + "/" + id + "/start").then().extract().header("ETag");
        Api.as(CASE_MANAGER).header("If-Match", etag).body(Map.of("completedOn", "2026-06-15", "rosh", "LOW",
                "safetyAndWellbeing", "LOW", "reoffending", "LOW")).post(assessments + "/" + id + "/complete")
                .then().statusCode(200);

        JsonPath done = caseWork(caseId, "view=COMPLETED&completedFrom=2026-06-01&completedTo=2026-06-30");
        assertEquals(List.of("START_ASSESSMENT"), done.getList("items.kind"));
        assertEquals(false, done.getBoolean("items[0].onTime"));
        // The review it made due: Tuesday 15 September.
        JsonPath review = caseWork(caseId, "view=DUE&withinDays=100&kind=REVIEW_ASSESSMENT");
        assertEquals(List.of("2026-09-15"), review.getList("items.dueDate"));
        assertEquals(0, caseWork(caseId, "view=COMPLETED&completedFrom=2026-05-01&completedTo=2026-05-31")
                .getInt("totalItems"));
    }

    @Test
    void closingACaseTakesItsWorkOffTheListsAndReopeningPutsItBack() {
        String caseId = openCase(LocalDate.parse("2026-05-29"));
        String etag = Fixtures.etag("/api/v1/cases/" + caseId, CASE_MANAGER);
        etag = Api.as(CASE_MANAGER).header("If-Match", etag).body(Map.of("closureReason", "COMPLETED",
                "closedOn", "2026-06-15", "eteHoursAtClosure", 25, "accommodationSuitable", true,
                "endOfOrderQuestionnaireCompleted", true)).post("/api/v1/cases/" + caseId + "/closure")
                .then().statusCode(200).extract().header("ETag");
        assertEquals(0, caseWork(caseId, "view=OVERDUE").getInt("totalItems"));

        Api.as(CASE_MANAGER).header("If-Match", etag).body(Map.of("reason", "Closed in error"))
                .post("/api/v1/cases/" + caseId + "/reopening").then().statusCode(200);
        assertEquals(3, caseWork(caseId, "view=OVERDUE").getInt("totalItems"));
    }

    @Test
    void aTeamsListHoldsItsOwnCasesOnlyAndCallersSeeOnlyTheirScope() {
        String northCase = openCase(LocalDate.parse("2026-05-29"));

        Api.as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/work?view=OVERDUE&teamCode=NORTH_OOC&size=100")
                .then().statusCode(200).body("items.caseId", hasItems(northCase));
        Api.as(Persona.OPERATIONS_MANAGER_WEST).get("/api/v1/work?view=OVERDUE&size=100").then().statusCode(200)
                .body("items.caseId", not(hasItems(northCase)));
        Api.as(Persona.OPERATIONS_MANAGER_WEST).get("/api/v1/work?view=OVERDUE&teamCode=NORTH_OOC").then()
                .statusCode(200).body("totalItems", equalTo(0));
        Api.as(Persona.CASE_MANAGER_NORTH).get("/api/v1/work?view=OVERDUE&size=100&workerId="
                + CASE_MANAGER.subject()).then().statusCode(200).body("items.caseId", hasItems(northCase));
        Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/work?view=OVERDUE&teamCode=NORTH_OOC&size=100").then()
                .statusCode(200).body("items.caseId", hasItems(northCase));
    }

    @Test
    void aCompletedViewNeedsItsPeriod() {
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/work?view=COMPLETED"), "completedFrom");
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE)
                .get("/api/v1/work?view=COMPLETED&completedFrom=2026-06-02&completedTo=2026-06-01"), "completedTo");
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/work"), "view");
    }
}
