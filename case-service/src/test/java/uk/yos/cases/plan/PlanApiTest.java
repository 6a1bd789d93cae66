package uk.yos.cases.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Persona;

/** Plans, their versions, and the plans that fall due; today on the test clock is Monday 15 June 2026. */
@QuarkusTest
class PlanApiTest {

    static final Persona CASE_MANAGER = Persona.CASE_MANAGER_NORTH;

    static String openCase(String caseType, LocalDate dateOfBirth, LocalDate offenceDate) {
        Map<String, Object> child = Fixtures.youngPerson("NORTH_OOC");
        child.put("dateOfBirth", dateOfBirth.toString());
        String childId = Fixtures.createYoungPerson(CASE_MANAGER, child);
        Map<String, Object> body = Fixtures.openCase(childId, caseType);
        body.put("outcomeDate", "2026-06-01");
        body.put("offences", List.of(Fixtures.offence(offenceDate)));
        return Fixtures.openCaseAs(CASE_MANAGER, body).then().statusCode(201).extract().path("id");
    }

    static String openCase(String caseType) {
        return openCase(caseType, LocalDate.parse("2011-03-10"), LocalDate.parse("2026-05-10"));
    }

    static String path(String caseId) {
        return "/api/v1/cases/" + caseId + "/plans";
    }

    static Map<String, Object> plan(String content, String recordedOn, String reviewDate) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("content", content);
        plan.put("recordedOn", recordedOn);
        plan.put("reviewDate", reviewDate);
        plan.put("interventions", List.of(Map.of("description", "Victim awareness sessions",
                "deliveredBy", "Case manager", "targetDate", "2026-08-31")));
        return plan;
    }

    static JsonPath work(String caseId, String query) {
        return Api.as(CASE_MANAGER).get("/api/v1/cases/" + caseId + "/work?" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aNewVersionSupersedesThePlanAndTheOldOneStaysReadable() {
        String caseId = openCase("YOUTH_CAUTION");
        String location = Api.as(CASE_MANAGER).body(Map.of("kind", "INTERVENTION",
                "plan", plan("Stay in school", "2026-06-12", "2026-09-12"))).post(path(caseId)).then()
                .statusCode(201).body("number", equalTo(1)).extract().header("Location");

        Api.as(CASE_MANAGER).header("If-Match", "\"0\"").body(plan("Stay in school; repair harm", "2026-06-15",
                "2026-09-15")).put(location).then().statusCode(200).body("number", equalTo(2))
                .body("current", equalTo(true)).header("ETag", equalTo("\"1\""));

        Api.as(CASE_MANAGER).get(location + "/versions").then().statusCode(200).body("", hasSize(2))
                .body("[0].content", equalTo("Stay in school")).body("[0].current", equalTo(false))
                .body("[1].content", equalTo("Stay in school; repair harm"));
        // The first version's review was done when the second was recorded; the second's is due.
        JsonPath done = work(caseId, "view=COMPLETED&kind=PLAN_REVIEW&completedFrom=2026-06-01&completedTo=2026-06-30");
        assertEquals(List.of("2026-09-12"), done.getList("items.dueDate"));
        assertEquals(List.of("2026-09-15"), work(caseId, "view=DUE&withinDays=120&kind=PLAN_REVIEW")
                .getList("items.dueDate"));
    }

    @Test
    void eachKindOfPlanNeedsItsOwnFieldsAndACaseHasOneOfEach() {
        String caseId = openCase("YOUTH_CAUTION");
        Map<String, Object> noInterventions = plan("Objectives", "2026-06-12", "2026-09-12");
        noInterventions.remove("interventions");

        assertValidationProblem(Api.as(CASE_MANAGER).body(Map.of("kind", "INTERVENTION", "plan", noInterventions))
                .post(path(caseId)), "interventions");
        assertValidationProblem(Api.as(CASE_MANAGER).body(Map.of("kind", "TRANSITION",
                "plan", plan("Arrangements", "2026-06-12", "2026-09-12"))).post(path(caseId)), "receivingService");
        assertValidationProblem(Api.as(CASE_MANAGER).body(Map.of("kind", "CONTINGENCY",
                "plan", plan("Triggers", "2026-06-12", "2026-06-12"))).post(path(caseId)), "reviewDate");
        Api.as(CASE_MANAGER).body(Map.of("kind", "CONTINGENCY", "plan", noInterventions)).post(path(caseId)).then()
                .statusCode(201);
        assertProblem(Api.as(CASE_MANAGER).body(Map.of("kind", "CONTINGENCY", "plan", noInterventions))
                .post(path(caseId)), 409);
        Api.as(CASE_MANAGER).get(path(caseId)).then().body("", hasSize(1));
        assertProblem(Api.as(Persona.CASE_MANAGER_WEST).get(path(caseId)), 404);
    }

    @Test
    void mediumRatingsMakeAContingencyPlanDueAndThePlanAnswersIt() {
        String caseId = openCase("YOUTH_CAUTION");
        String assessments = "/api/v1/cases/" + caseId + "/assessments";
        String id = Api.as(CASE_MANAGER).get(assessments).then().extract().path("[0].id");
        String etag = Api.as(CASE_MANAGER).header("If-Match", "\"0\"").body(Map.of("startedOn", "2026-06-02"))
                .post(assessments + "/" + id + "/start").then().extract().header("ETag");
        Api.as(CASE_MANAGER).header("If-Match", etag).body(Map.of("completedOn", "2026-06-05", "rosh", "LOW",
                "safetyAndWellbeing", "MEDIUM", "reoffending", "LOW")).post(assessments + "/" + id + "/complete")
                .then().statusCode(200).body("signOff", equalTo("NOT_NEEDED"));

        // Friday 5 June + 10 working days = Friday 19 June.
        assertEquals(List.of("2026-06-19"), work(caseId, "view=DUE&kind=CONTINGENCY_PLAN").getList("items.dueDate"));
        Map<String, Object> contingency = plan("If he goes missing: strategy meeting the same day", "2026-06-15",
                "2026-09-15");
        contingency.remove("interventions");
        Api.as(CASE_MANAGER).body(Map.of("kind", "CONTINGENCY", "plan", contingency)).post(path(caseId)).then()
                .statusCode(201);

        assertEquals(0, work(caseId, "view=DUE&kind=CONTINGENCY_PLAN").getInt("totalItems"));
        assertEquals(true, work(caseId, "view=COMPLETED&kind=CONTINGENCY_PLAN&completedFrom=2026-06-15"
                + "&completedTo=2026-06-15").getBoolean("items[0].onTime"));
    }

    @Test
    void aChildBornOnTheTwentyNinthOfFebruaryOnACourtOrderReachesTransitionOnTheFirstOfSeptember() {
        String caseId = openCase("YOUTH_REHABILITATION_ORDER", LocalDate.parse("2008-02-29"),
                LocalDate.parse("2025-12-01"));

        Api.as(CASE_MANAGER).get(path(caseId) + "/transition").then().statusCode(200)
                .body("applies", equalTo(true)).body("transitionDate", equalTo("2025-09-01"))
                .body("status", equalTo("OVERDUE"));
        Map<String, Object> transition = plan("Joint supervision with probation from the transfer", "2026-06-15",
                "2026-08-15");
        transition.remove("interventions");
        transition.put("receivingService", "Probation Service (Northamptonshire)");
        transition.put("transferDate", "2026-07-01");
        String planId = Api.as(CASE_MANAGER).body(Map.of("kind", "TRANSITION", "plan", transition)).post(path(caseId))
                .then().statusCode(201).extract().path("id");

        Api.as(CASE_MANAGER).get(path(caseId) + "/transition").then().body("status", equalTo("DONE"))
                .body("transitionPlanId", equalTo(planId));
        assertEquals(false, work(caseId, "view=COMPLETED&kind=TRANSITION_PLAN&completedFrom=2026-06-15"
                + "&completedTo=2026-06-15").getBoolean("items[0].onTime"));
    }

    @Test
    void theTransitionListShowsChildrenReachingItWithinTheDaysAskedWithoutAPlan() {
        // Born 20 December 2008: 17 years 6 months on Saturday 20 June 2026, five days from today.
        String soon = openCase("REFERRAL_ORDER", LocalDate.parse("2008-12-20"), LocalDate.parse("2026-05-10"));
        String outOfCourt = openCase("YOUTH_CAUTION", LocalDate.parse("2008-12-20"), LocalDate.parse("2026-05-10"));

        Api.as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/work?view=DUE&kind=TRANSITION_PLAN&withinDays=5"
                + "&teamCode=NORTH_OOC&size=100").then().statusCode(200).body("items.caseId", hasItem(soon))
                .body("items.caseId", not(hasItem(outOfCourt)));
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/work?view=DUE&kind=TRANSITION_PLAN&withinDays=4"
                + "&teamCode=NORTH_OOC&size=100").then().statusCode(200).body("items.caseId", not(hasItem(soon)));
        Api.as(CASE_MANAGER).get(path(outOfCourt) + "/transition").then().body("applies", equalTo(false))
                .body("transitionDate", equalTo("2026-06-20"));
    }
}
