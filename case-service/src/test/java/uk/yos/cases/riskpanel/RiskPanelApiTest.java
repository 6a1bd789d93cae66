package uk.yos.cases.riskpanel;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.cases.Api;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Persona;

/** Risk, Safety and Wellbeing panels; today on the test clock is Monday 15 June 2026. */
@QuarkusTest
class RiskPanelApiTest {

    static final Persona CASE_MANAGER = Persona.CASE_MANAGER_NORTH;
    static final Persona MANAGER = Persona.OPERATIONS_MANAGER_NORTH;

    /** A case whose start assessment was completed on {@code completedOn} with these ratings, signed off if needed. */
    static String caseAssessed(LocalDate completedOn, String rosh, String safetyAndWellbeing) {
        String child = Fixtures.createYoungPerson(CASE_MANAGER);
        Map<String, Object> body = Fixtures.openCase(child, "REFERRAL_ORDER");
        body.put("outcomeDate", "2026-05-01");
        body.put("offences", List.of(Fixtures.offence(LocalDate.parse("2026-04-01"))));
        String caseId = Fixtures.openCaseAs(CASE_MANAGER, body).then().statusCode(201).extract().path("id");
        String assessments = "/api/v1/cases/" + caseId + "/assessments";
        String id = Api.as(CASE_MANAGER).get(assessments).then().extract().path("[0].id");
        String etag = Api.as(CASE_MANAGER).header("If-Match", "\"0\"").body(Map.of("startedOn", "2026-05-05"))
                .post(assessments + "/" + id + "/start").then().statusCode(200).extract().header("ETag");
        String signOff = Api.as(CASE_MANAGER).header("If-Match", etag).body(Map.of("completedOn",
                completedOn.toString(), "rosh", rosh, "safetyAndWellbeing", safetyAndWellbeing, "reoffending", "LOW"))
                .post(assessments + "/" + id + "/complete").then().statusCode(200).extract().path("signOff");
        if (signOff.equals("OUTSTANDING")) {
            Api.as(MANAGER).body(Map.of("reviewed", "RATING_CHANGE", "assessmentId", id, "decision", "AGREED",
                    "comments", "Agreed", "reviewedOn", "2026-06-15")).post("/api/v1/cases/" + caseId + "/oversight")
                    .then().statusCode(201);
        }
        return caseId;
    }

    static String path(String caseId) {
        return "/api/v1/cases/" + caseId + "/risk-panels";
    }

    static Map<String, Object> held(String heldOn, String nextReview) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", heldOn);
        body.put("agencies", List.of("YOS", "Children's social care", "Police"));
        body.put("decisions", "Safety plan agreed");
        body.put("actions", List.of(Map.of("description", "Share the safety plan with the school",
                "owner", "Case manager", "dueDate", "2026-06-19")));
        if (nextReview != null) {
            body.put("nextReviewDate", nextReview);
        }
        return body;
    }

    @Test
    void aHighRatingInEffectMakesAPanelDueTenWorkingDaysAfterTheAssessment() {
        // Completed Friday 22 May; 10 working days without Monday 25 May = Monday 8 June: overdue today.
        String caseId = caseAssessed(LocalDate.parse("2026-05-22"), "LOW", "VERY_HIGH");

        Api.as(CASE_MANAGER).get(path(caseId)).then().statusCode(200).body("", hasSize(1))
                .body("[0].dueDate", equalTo("2026-06-08")).body("[0].status", equalTo("OVERDUE"));
    }

    @Test
    void mediumRatingsCallForNoPanel() {
        String caseId = caseAssessed(LocalDate.parse("2026-06-12"), "MEDIUM", "MEDIUM");

        Api.as(CASE_MANAGER).get(path(caseId)).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aHeldPanelKeepsWhatWasDecidedAndItsReviewFallsDue() {
        String caseId = caseAssessed(LocalDate.parse("2026-06-12"), "HIGH", "LOW");
        String panelId = Api.as(CASE_MANAGER).get(path(caseId)).then().extract().path("[0].id");
        String panel = path(caseId) + "/" + panelId;
        String etag = Fixtures.etag(panel, CASE_MANAGER);

        assertValidationProblem(Api.as(CASE_MANAGER).header("If-Match", etag).body(held("2026-06-15", "2026-06-15"))
                .post(panel + "/held"), "nextReviewDate");
        Api.as(CASE_MANAGER).header("If-Match", etag).body(held("2026-06-15", "2026-09-15")).post(panel + "/held")
                .then().statusCode(200).body("status", equalTo("DONE")).body("agencies", hasSize(3))
                .body("actions[0].owner", equalTo("Case manager"));
        assertProblem(Api.as(CASE_MANAGER).header("If-Match", Fixtures.etag(panel, CASE_MANAGER))
                .body(held("2026-06-15", null)).post(panel + "/held"), 409);

        Api.as(CASE_MANAGER).get(path(caseId)).then().body("", hasSize(2))
                .body("[1].dueDate", equalTo("2026-09-15")).body("[1].status", equalTo("DUE"));
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_WEST).get(panel), 404);
    }
}
