package uk.yos.cases.oversight;

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
 * Management oversight, and the sign-off of ratings it decides. Today on the test clock is Monday 15 June 2026.
 */
@QuarkusTest
class OversightApiTest {

    static final Persona CASE_MANAGER = Persona.CASE_MANAGER_NORTH;
    static final Persona MANAGER = Persona.OPERATIONS_MANAGER_NORTH;

    static String openCase() {
        String child = Fixtures.createYoungPerson(CASE_MANAGER);
        Map<String, Object> body = Fixtures.openCase(child, "YOUTH_CAUTION");
        body.put("outcomeDate", "2026-06-01");
        body.put("offences", List.of(Fixtures.offence(LocalDate.parse("2026-05-10"))));
        return Fixtures.openCaseAs(CASE_MANAGER, body).then().statusCode(201).extract().path("id");
    }

    static String assessments(String caseId) {
        return "/api/v1/cases/" + caseId + "/assessments";
    }

    static String oversight(String caseId) {
        return "/api/v1/cases/" + caseId + "/oversight";
    }

    static JsonPath ratings(String caseId) {
        return Api.as(CASE_MANAGER).get("/api/v1/cases/" + caseId + "/ratings").then().statusCode(200).extract()
                .jsonPath();
    }

    /** Starts and completes the case's open assessment of {@code stage} as {@code who}, on Monday 8 June. */
    static JsonPath complete(String caseId, String stage, Persona who, String rosh, String safetyAndWellbeing) {
        String id = Api.as(who).get(assessments(caseId)).then().extract()
                .path("find { it.stage == '" + stage + "' && it.completedOn == null }.id");
        String assessment = assessments(caseId) + "/" + id;
        JsonPath current = Api.as(who).get(assessment).then().extract().jsonPath();
        String etag = Fixtures.etag(assessment, who);
        if (current.getString("startedOn") == null) {
            etag = Api.as(who).header("If-Match", etag).body(Map.of("startedOn", "2026-06-08"))
                    .post(assessment + "/start").then().statusCode(200).extract().header("ETag");
        }
        return Api.as(who).header("If-Match", etag).body(Map.of("completedOn", "2026-06-08", "rosh", rosh,
                "safetyAndWellbeing", safetyAndWellbeing, "reoffending", "LOW")).post(assessment + "/complete")
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> signOff(String assessmentId, String decision) {
        Map<String, Object> body = new HashMap<>();
        body.put("reviewed", "RATING_CHANGE");
        body.put("assessmentId", assessmentId);
        body.put("decision", decision);
        body.put("comments", "Reviewed the ratings against the exploitation concerns");
        body.put("reviewedOn", "2026-06-10");
        return body;
    }

    @Test
    void aHighRatingTakesEffectOnlyWhenAManagerOfTheTeamAgrees() {
        String caseId = openCase();
        JsonPath completed = complete(caseId, "START", CASE_MANAGER, "MEDIUM", "HIGH");
        String assessmentId = completed.getString("id");

        // Monday 8 June + 5 working days = Monday 15 June.
        assertEquals("OUTSTANDING", completed.getString("signOff"));
        assertEquals("AWAITING_SIGN_OFF", completed.getString("status"));
        assertEquals("2026-06-15", completed.getString("signOffDueDate"));
        JsonPath before = ratings(caseId);
        assertEquals(null, before.getString("rosh"));
        assertEquals(assessmentId, before.getString("signOffOutstandingFor"));
        assertEquals("2026-06-15", before.getString("signOffDueDate"));
        assertEquals(false, before.getBoolean("signOffOverdue"));
        assertEquals(null, before.getString("nextReviewDue"));

        Api.as(MANAGER).body(signOff(assessmentId, "AGREED")).post(oversight(caseId)).then().statusCode(201)
                .body("reviewed", equalTo("RATING_CHANGE")).body("decision", equalTo("AGREED"))
                .body("recordedBy", equalTo(MANAGER.username()));

        JsonPath after = ratings(caseId);
        assertEquals("HIGH", after.getString("safetyAndWellbeing"));
        assertEquals("INTENSIVE", after.getString("scaledApproach"));
        assertEquals("2026-06-10", after.getString("effectiveOn"));
        assertEquals(null, after.getString("signOffOutstandingFor"));
        // Completed Monday 8 June: the review is due Tuesday 8 September.
        assertEquals("2026-09-08", after.getString("nextReviewDue"));
        Api.as(CASE_MANAGER).get(assessments(caseId) + "/" + assessmentId).then().body("signOff", equalTo("AGREED"))
                .body("signedOffBy", equalTo(MANAGER.username())).body("signedOffOn", equalTo("2026-06-10"));
        assertEquals(1, Db.auditRows("SIGN_OFF_ASSESSMENT", "ASSESSMENT", assessmentId, MANAGER.subject()));
    }

    @Test
    void aChangedRatingNeedsSignOffEvenWhenItIsNotHigh() {
        String caseId = openCase();
        complete(caseId, "START", CASE_MANAGER, "LOW", "LOW");
        assertEquals("LOW", ratings(caseId).getString("rosh"));

        JsonPath review = complete(caseId, "REVIEW", CASE_MANAGER, "MEDIUM", "LOW");

        assertEquals("OUTSTANDING", review.getString("signOff"));
        JsonPath current = ratings(caseId);
        assertEquals("LOW", current.getString("rosh"));
        assertEquals(review.getString("id"), current.getString("signOffOutstandingFor"));
    }

    @Test
    void unchangedLowRatingsNeedNoSignOff() {
        String caseId = openCase();
        complete(caseId, "START", CASE_MANAGER, "LOW", "MEDIUM");
        JsonPath review = complete(caseId, "REVIEW", CASE_MANAGER, "LOW", "MEDIUM");

        assertEquals("NOT_NEEDED", review.getString("signOff"));
        assertEquals(review.getString("id"), ratings(caseId).getString("assessmentId"));
    }

    @Test
    void aManagerWhoDoesNotAgreeSendsTheAssessmentBackToBeRevised() {
        String caseId = openCase();
        String assessmentId = complete(caseId, "START", CASE_MANAGER, "HIGH", "LOW").getString("id");

        Api.as(MANAGER).body(signOff(assessmentId, "NOT_AGREED")).post(oversight(caseId)).then().statusCode(201);

        Api.as(CASE_MANAGER).get(assessments(caseId) + "/" + assessmentId).then().body("status", equalTo("DUE"))
                .body("completedOn", nullValue()).body("rosh", nullValue()).body("startedOn", equalTo("2026-06-08"));
        JsonPath current = ratings(caseId);
        assertEquals(null, current.getString("rosh"));
        assertEquals(null, current.getString("signOffOutstandingFor"));
        assertEquals(1, Db.auditRows("RETURN_ASSESSMENT", "ASSESSMENT", assessmentId, MANAGER.subject()));

        JsonPath revised = complete(caseId, "START", CASE_MANAGER, "MEDIUM", "LOW");
        assertEquals("NOT_NEEDED", revised.getString("signOff"));
    }

    @Test
    void nobodySignsOffTheirOwnAssessmentAndOnlyTheTeamsManagerSigns() {
        String caseId = openCase();
        String assessmentId = complete(caseId, "START", MANAGER, "VERY_HIGH", "LOW").getString("id");
        long oversightRows = Db.rows("oversight_record");

        assertProblem(Api.as(MANAGER).body(signOff(assessmentId, "AGREED")).post(oversight(caseId)), 403);
        assertProblem(Api.as(CASE_MANAGER).body(signOff(assessmentId, "AGREED")).post(oversight(caseId)), 403);
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_WEST).body(signOff(assessmentId, "AGREED"))
                .post(oversight(caseId)), 404);
        assertProblem(Api.as(Persona.HEAD_OF_SERVICE).body(signOff(assessmentId, "AGREED"))
                .post(oversight(caseId)), 403);

        assertEquals(oversightRows, Db.rows("oversight_record"));
        assertEquals(assessmentId, ratings(caseId).getString("signOffOutstandingFor"));
    }

    @Test
    void anotherAssessmentCannotBeCompletedWhileRatingsAwaitSignOff() {
        String caseId = openCase();
        complete(caseId, "START", CASE_MANAGER, "HIGH", "LOW");
        String endOfOrder = Api.as(CASE_MANAGER).body(Map.of("stage", "END_OF_ORDER", "orderEndDate", "2026-12-01"))
                .post(assessments(caseId)).then().statusCode(201).extract().path("id");
        String assessment = assessments(caseId) + "/" + endOfOrder;
        String etag = Api.as(CASE_MANAGER).header("If-Match", Fixtures.etag(assessment, CASE_MANAGER))
                .body(Map.of("startedOn", "2026-06-09")).post(assessment + "/start").then().extract().header("ETag");

        assertProblem(Api.as(CASE_MANAGER).header("If-Match", etag).body(Map.of("completedOn", "2026-06-10",
                "rosh", "LOW", "safetyAndWellbeing", "LOW", "reoffending", "LOW")).post(assessment + "/complete"), 409);
    }

    @Test
    void anOversightRecordKeepsItsDecisionCommentsAndActions() {
        String caseId = openCase();
        Map<String, Object> body = new HashMap<>();
        body.put("reviewed", "PLAN");
        body.put("decision", "AGREED_WITH_ACTIONS");
        body.put("comments", "Plan is sound; contingency needs a named contact");
        body.put("reviewedOn", "2026-06-12");
        body.put("actions", List.of(Map.of("description", "Add the out-of-hours contact", "dueDate", "2026-06-19")));

        String location = Api.as(MANAGER).header("Idempotency-Key", "oversight-" + caseId).body(body)
                .post(oversight(caseId)).then().statusCode(201).header("ETag", equalTo("\"0\"")).extract()
                .header("Location");
        Api.as(MANAGER).header("Idempotency-Key", "oversight-" + caseId).body(body).post(oversight(caseId)).then()
                .statusCode(201).header("Location", equalTo(location));

        Api.as(CASE_MANAGER).get(oversight(caseId)).then().statusCode(200).body("", hasSize(1))
                .body("[0].actions", hasSize(1)).body("[0].actions[0].dueDate", equalTo("2026-06-19"));
        Api.as(Persona.HEAD_OF_SERVICE).get(location).then().statusCode(200)
                .body("comments", equalTo("Plan is sound; contingency needs a named contact"));
        assertProblem(Api.as(Persona.CASE_MANAGER_WEST).get(oversight(caseId)), 404);
    }

    @Test
    void rejectsAnOversightRecordThatDoesNotHoldTogether() {
        String caseId = openCase();
        String startId = Api.as(CASE_MANAGER).get(assessments(caseId)).then().extract().path("[0].id");
        long before = Db.rows("oversight_record");

        Map<String, Object> noAssessment = signOff(startId, "AGREED");
        noAssessment.remove("assessmentId");
        assertValidationProblem(Api.as(MANAGER).body(noAssessment).post(oversight(caseId)), "assessmentId");
        Map<String, Object> noActions = signOff(startId, "AGREED_WITH_ACTIONS");
        assertValidationProblem(Api.as(MANAGER).body(noActions).post(oversight(caseId)), "actions");
        Map<String, Object> actionBeforeReview = signOff(startId, "AGREED_WITH_ACTIONS");
        actionBeforeReview.put("actions", List.of(Map.of("description", "x", "dueDate", "2026-06-01")));
        assertValidationProblem(Api.as(MANAGER).body(actionBeforeReview).post(oversight(caseId)),
                "actions[0].dueDate");
        Map<String, Object> plan = signOff(startId, "AGREED");
        plan.put("reviewed", "PLAN");
        assertValidationProblem(Api.as(MANAGER).body(plan).post(oversight(caseId)), "assessmentId");
        Map<String, Object> otherCase = signOff(java.util.UUID.randomUUID().toString(), "AGREED");
        assertValidationProblem(Api.as(MANAGER).body(otherCase).post(oversight(caseId)), "assessmentId");

        assertEquals(before, Db.rows("oversight_record"));
    }
}
