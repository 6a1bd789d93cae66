package uk.yos.cases.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Persona;

/**
 * Assessments as a case manager records them: due dates in working days from the case's start, ratings and the
 * scaled approach on completion, and the next review. The test clock's today is Monday 15 June 2026; the England and
 * Wales bank holidays of 2026 include Monday 25 May and Monday 31 August.
 */
@QuarkusTest
class AssessmentApiTest {

    static final Persona CASE_MANAGER = Persona.CASE_MANAGER_NORTH;

    /** Opens a case of {@code caseType} with the given outcome date for a new North child. */
    static String openCase(String caseType, LocalDate outcomeDate) {
        String child = Fixtures.createYoungPerson(CASE_MANAGER);
        Map<String, Object> body = Fixtures.openCase(child, caseType);
        body.put("outcomeDate", outcomeDate.toString());
        body.put("offences", List.of(Fixtures.offence(outcomeDate.minusDays(20))));
        return Fixtures.openCaseAs(CASE_MANAGER, body).then().statusCode(201).extract().path("id");
    }

    static String path(String caseId) {
        return "/api/v1/cases/" + caseId + "/assessments";
    }

    static JsonPath onlyAssessment(String caseId) {
        return Api.as(CASE_MANAGER).get(path(caseId)).then().statusCode(200).body("", hasSize(1)).extract()
                .jsonPath();
    }

    static String startAssessmentId(String caseId) {
        return onlyAssessment(caseId).getString("[0].id");
    }

    /** Starts the assessment on {@code startedOn} and completes it on {@code completedOn} with the ratings given. */
    static JsonPath startAndComplete(String caseId, String assessmentId, LocalDate startedOn, LocalDate completedOn,
            Map<String, Object> ratings) {
        String assessment = path(caseId) + "/" + assessmentId;
        String etag = Api.as(CASE_MANAGER).header("If-Match", Fixtures.etag(assessment, CASE_MANAGER))
                .body(Map.of("startedOn", startedOn.toString())).post(assessment + "/start")
                .then().statusCode(200).body("startedOn", equalTo(startedOn.toString())).extract().header("ETag");
        Map<String, Object> body = new HashMap<>(ratings);
        body.put("completedOn", completedOn.toString());
        return Api.as(CASE_MANAGER).header("If-Match", etag).body(body).post(assessment + "/complete")
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> ratings(String rosh, String safetyAndWellbeing, String reoffending) {
        return Map.of("rosh", rosh, "safetyAndWellbeing", safetyAndWellbeing, "reoffending", reoffending);
    }

    @Test
    void anOutOfCourtCaseHasItsStartAssessmentDueTenWorkingDaysAfterTheOutcome() {
        // Friday 5 June + 10 working days = Friday 19 June.
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-06-05"));

        JsonPath assessment = onlyAssessment(caseId);
        assertEquals("PREVENTION_AND_DIVERSION", assessment.getString("[0].tool"));
        assertEquals("START", assessment.getString("[0].stage"));
        assertEquals("2026-06-19", assessment.getString("[0].dueDate"));
        assertEquals("DUE", assessment.getString("[0].status"));
    }

    @Test
    void aCourtOrderHasAnAssetPlusDueFifteenWorkingDaysAfterTheSentence() {
        // Friday 5 June + 15 working days = Friday 26 June.
        String caseId = openCase("REFERRAL_ORDER", LocalDate.parse("2026-06-05"));

        JsonPath assessment = onlyAssessment(caseId);
        assertEquals("ASSET_PLUS", assessment.getString("[0].tool"));
        assertEquals("2026-06-26", assessment.getString("[0].dueDate"));
    }

    @Test
    void aBankHolidayIsNotCountedAsAWorkingDayAndAPassedDueDateIsOverdue() {
        // Monday 18 May + 10 working days, skipping the bank holiday of Monday 25 May = Tuesday 2 June.
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-05-18"));

        JsonPath assessment = onlyAssessment(caseId);
        assertEquals("2026-06-02", assessment.getString("[0].dueDate"));
        assertEquals("OVERDUE", assessment.getString("[0].status"));
    }

    @Test
    void correctingTheOutcomeDateMovesAStartAssessmentNotYetStarted() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-06-05"));
        String etag = Fixtures.etag("/api/v1/cases/" + caseId, CASE_MANAGER);

        Api.as(CASE_MANAGER).header("If-Match", etag)
                .body(Map.of("caseType", "REFERRAL_ORDER", "outcomeDate", "2026-06-08", "owningTeamCode", "NORTH_OOC"))
                .put("/api/v1/cases/" + caseId).then().statusCode(200);

        JsonPath assessment = onlyAssessment(caseId);
        assertEquals("ASSET_PLUS", assessment.getString("[0].tool"));
        assertEquals("2026-06-29", assessment.getString("[0].dueDate"));
    }

    @Test
    void lowRatingsTakeEffectOnCompletionAndTheNextReviewIsDueThreeMonthsLater() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-06-05"));
        String startId = startAssessmentId(caseId);

        JsonPath completed = startAndComplete(caseId, startId, LocalDate.parse("2026-06-08"),
                LocalDate.parse("2026-06-12"), ratings("LOW", "LOW", "LOW"));

        assertEquals("COMPLETED", completed.getString("status"));
        assertEquals(true, completed.getBoolean("onTime"));
        assertEquals("STANDARD", completed.getString("scaledApproachIndicated"));
        assertEquals("STANDARD", completed.getString("scaledApproach"));
        assertEquals("NOT_NEEDED", completed.getString("signOff"));
        assertEquals("2026-06-12", completed.getString("effectiveOn"));
        Api.as(CASE_MANAGER).get("/api/v1/cases/" + caseId + "/ratings").then().statusCode(200)
                .body("assessmentId", equalTo(startId)).body("scaledApproach", equalTo("STANDARD"))
                .body("signOffOutstandingFor", nullValue()).body("nextReviewDue", equalTo("2026-09-14"));
        Api.as(CASE_MANAGER).get(path(caseId)).then().body("", hasSize(2))
                .body("[1].stage", equalTo("REVIEW")).body("[1].dueDate", equalTo("2026-09-14"));
        assertEquals(1, Db.auditRows("COMPLETE_ASSESSMENT", "ASSESSMENT", startId, CASE_MANAGER.subject()));
    }

    @Test
    void aReviewFallingOnAWeekendBeforeABankHolidayIsDueOnTheNextWorkingDay() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-05-20"));

        // Completed Friday 29 May: three months later is Saturday 29 August; Monday 31 August is a bank holiday.
        startAndComplete(caseId, startAssessmentId(caseId), LocalDate.parse("2026-05-26"),
                LocalDate.parse("2026-05-29"), ratings("LOW", "LOW", "MEDIUM"));

        Api.as(CASE_MANAGER).get("/api/v1/cases/" + caseId + "/ratings").then()
                .body("scaledApproach", equalTo("ENHANCED")).body("nextReviewDue", equalTo("2026-09-01"));
    }

    @Test
    void aLateCompletionIsNotOnTime() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-05-18"));

        JsonPath completed = startAndComplete(caseId, startAssessmentId(caseId), LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-03"), ratings("LOW", "LOW", "LOW"));

        assertEquals("2026-06-02", completed.getString("dueDate"));
        assertEquals(false, completed.getBoolean("onTime"));
    }

    @Test
    void aScaledApproachOtherThanTheIndicatedOneNeedsAReason() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-06-05"));
        String assessment = path(caseId) + "/" + startAssessmentId(caseId);
        String etag = Api.as(CASE_MANAGER).header("If-Match", Fixtures.etag(assessment, CASE_MANAGER))
                .body(Map.of("startedOn", "2026-06-08")).post(assessment + "/start").then().extract().header("ETag");
        Map<String, Object> overridden = new HashMap<>(ratings("LOW", "LOW", "MEDIUM"));
        overridden.put("completedOn", "2026-06-12");
        overridden.put("scaledApproach", "STANDARD");

        assertValidationProblem(Api.as(CASE_MANAGER).header("If-Match", etag).body(overridden)
                .post(assessment + "/complete"), "overrideReason");
        Api.as(CASE_MANAGER).get(assessment).then().body("status", equalTo("DUE")).body("rosh", nullValue());

        overridden.put("overrideReason", "Engages well; the school's support is in place");
        Api.as(CASE_MANAGER).header("If-Match", etag).body(overridden).post(assessment + "/complete").then()
                .statusCode(200).body("scaledApproachIndicated", equalTo("ENHANCED"))
                .body("scaledApproach", equalTo("STANDARD"))
                .body("overrideReason", equalTo("Engages well; the school's support is in place"));
    }

    @Test
    void aSignificantChangeBringsTheReviewForwardButNeverPushesItBack() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-06-05"));
        startAndComplete(caseId, startAssessmentId(caseId), LocalDate.parse("2026-06-08"),
                LocalDate.parse("2026-06-12"), ratings("LOW", "LOW", "LOW"));

        // Friday 12 June + 10 working days = Friday 26 June, sooner than 14 September.
        Api.as(CASE_MANAGER).body(Map.of("stage", "REVIEW", "significantChange", "Excluded from school",
                "significantChangeOn", "2026-06-12")).post(path(caseId)).then().statusCode(201)
                .body("stage", equalTo("REVIEW")).body("dueDate", equalTo("2026-06-26"))
                .body("significantChange", equalTo("Excluded from school"));
        Api.as(CASE_MANAGER).body(Map.of("stage", "REVIEW", "significantChange", "Moved address",
                "significantChangeOn", "2026-06-15")).post(path(caseId)).then().statusCode(201)
                .body("dueDate", equalTo("2026-06-26")).body("significantChange", equalTo("Moved address"));
        Api.as(CASE_MANAGER).get(path(caseId)).then().body("", hasSize(2));
    }

    @Test
    void rejectsWhatTheLifecycleDoesNotAllowAndChangesNothing() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-06-05"));
        String assessment = path(caseId) + "/" + startAssessmentId(caseId);
        String etag = Fixtures.etag(assessment, CASE_MANAGER);
        Map<String, Object> completion = new HashMap<>(ratings("LOW", "LOW", "LOW"));
        completion.put("completedOn", "2026-06-12");

        assertProblem(Api.as(CASE_MANAGER).header("If-Match", etag).body(completion).post(assessment + "/complete"),
                409);
        assertProblem(Api.as(CASE_MANAGER).body(Map.of("stage", "START")).post(path(caseId)), 409);
        assertValidationProblem(Api.as(CASE_MANAGER).body(Map.of("stage", "REVIEW")).post(path(caseId)),
                "significantChange");
        assertValidationProblem(Api.as(CASE_MANAGER).body(Map.of("stage", "END_OF_ORDER", "orderEndDate",
                "2026-01-01")).post(path(caseId)), "orderEndDate");
        etag = Api.as(CASE_MANAGER).header("If-Match", etag).body(Map.of("startedOn", "2026-06-12"))
                .post(assessment + "/start").then().statusCode(200).extract().header("ETag");
        completion.put("completedOn", "2026-06-11");
        assertValidationProblem(Api.as(CASE_MANAGER).header("If-Match", etag).body(completion)
                .post(assessment + "/complete"), "completedOn");
        assertProblem(Api.as(CASE_MANAGER).header("If-Match", "\"0\"").body(completion)
                .post(assessment + "/complete"), 412);

        Api.as(CASE_MANAGER).get(assessment).then().body("status", equalTo("DUE")).body("completedOn", nullValue());
        Api.as(CASE_MANAGER).get(path(caseId)).then().body("", hasSize(1));
    }

    @Test
    void anEndOfOrderAssessmentIsDueOnTheOrdersEndDate() {
        String caseId = openCase("REFERRAL_ORDER", LocalDate.parse("2026-06-05"));

        Api.as(CASE_MANAGER).header("Idempotency-Key", "end-of-order-" + caseId)
                .body(Map.of("stage", "END_OF_ORDER", "orderEndDate", "2027-06-04")).post(path(caseId)).then()
                .statusCode(201).body("stage", equalTo("END_OF_ORDER")).body("tool", equalTo("ASSET_PLUS"))
                .body("dueDate", equalTo("2027-06-04"));
        assertProblem(Api.as(CASE_MANAGER).body(Map.of("stage", "END_OF_ORDER", "orderEndDate", "2027-06-04"))
                .post(path(caseId)), 409);
    }

    @Test
    void assessmentsAreScopedLikeTheirCase() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-06-05"));
        String assessment = path(caseId) + "/" + startAssessmentId(caseId);

        assertProblem(Api.as(Persona.CASE_MANAGER_WEST).get(path(caseId)), 404);
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_WEST).get(assessment), 404);
        assertProblem(Api.as(Persona.CASE_MANAGER_WEST).get("/api/v1/cases/" + caseId + "/ratings"), 404);
        assertProblem(Api.as(Persona.HEAD_OF_SERVICE).header("If-Match", "\"0\"")
                .body(Map.of("startedOn", "2026-06-12")).post(assessment + "/start"), 403);
        assertProblem(Api.as(Persona.PERFORMANCE_ANALYST).get(path(caseId)), 403);
        Api.as(Persona.HEAD_OF_SERVICE).get(assessment).then().statusCode(200);
        assertProblem(Api.as(CASE_MANAGER).get(path(caseId) + "/" + java.util.UUID.randomUUID()), 404);
    }
}
