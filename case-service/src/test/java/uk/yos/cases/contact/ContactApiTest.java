package uk.yos.cases.contact;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

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
 * Contacts, warnings, breach consideration and compliance; today on the test clock is Monday 15 June 2026, 10:00 in
 * London (bank holiday: Monday 25 May).
 */
@QuarkusTest
class ContactApiTest {

    static final Persona CASE_MANAGER = Persona.CASE_MANAGER_NORTH;
    static final Persona MANAGER = Persona.OPERATIONS_MANAGER_NORTH;

    static String path(String caseId) {
        return "/api/v1/cases/" + caseId + "/contacts";
    }

    static Map<String, Object> appointment(String plannedAt) {
        return Map.of("kind", "SUPERVISION", "plannedAt", plannedAt, "place", "Kettering YOS office",
                "workerId", CASE_MANAGER.subject(), "workerName", "Sam Casemanager");
    }

    static String plan(String caseId, String plannedAt) {
        return Api.as(CASE_MANAGER).body(appointment(plannedAt)).post(path(caseId)).then().statusCode(201)
                .extract().path("id");
    }

    static io.restassured.response.Response outcome(String caseId, String contactId, Map<String, Object> body) {
        String contact = path(caseId) + "/" + contactId;
        return Api.as(CASE_MANAGER).header("If-Match", Fixtures.etag(contact, CASE_MANAGER)).body(body)
                .post(contact + "/outcome");
    }

    /** An appointment at {@code plannedAt} with this outcome recorded. */
    static JsonPath contactWith(String caseId, String plannedAt, String outcome) {
        Map<String, Object> body = outcome.equals("ACCEPTABLE_ABSENCE")
                ? Map.of("outcome", outcome, "reason", "Hospital appointment, letter seen")
                : Map.of("outcome", outcome);
        return outcome(caseId, plan(caseId, plannedAt), body).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath compliance(String caseId, String month) {
        var request = Api.as(CASE_MANAGER);
        if (month != null) {
            request.queryParam("month", month);
        }
        return request.get(path(caseId) + "/compliance").then().statusCode(200).extract().jsonPath();
    }

    static List<Map<String, Object>> considerations(String caseId) {
        return Api.as(CASE_MANAGER).get(path(caseId) + "/breach-considerations").then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    /** Completes the case's start assessment with these ratings (no sign-off needed): LOW gives STANDARD. */
    static void assessed(String caseId, String rosh) {
        String assessments = "/api/v1/cases/" + caseId + "/assessments";
        String id = Api.as(CASE_MANAGER).get(assessments).then().extract().path("[0].id");
        String etag = Api.as(CASE_MANAGER).header("If-Match", "\"0\"").body(Map.of("startedOn", "2026-06-08"))
                .post(assessments + "/" + id + "/start").then().statusCode(200).extract().header("ETag");
        Api.as(CASE_MANAGER).header("If-Match", etag).body(Map.of("completedOn", "2026-06-12", "rosh", rosh,
                "safetyAndWellbeing", "LOW", "reoffending", "LOW")).post(assessments + "/" + id + "/complete")
                .then().statusCode(200).body("signOff", equalTo("NOT_NEEDED"));
    }

    @Test
    void plannedContactsAreListedNewestFirstAndReadWithTheirETag() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        String first = plan(caseId, "2026-06-10T10:00:00");
        String later = plan(caseId, "2026-06-22T16:00:00");
        String middle = plan(caseId, "2026-06-12T09:30:00");

        Api.as(CASE_MANAGER).get(path(caseId)).then().statusCode(200).body("", hasSize(3))
                .body("id", equalTo(List.of(later, middle, first)));
        Api.as(Persona.HEAD_OF_SERVICE).get(path(caseId) + "/" + later).then().statusCode(200)
                .header("ETag", "\"0\"").body("kind", equalTo("SUPERVISION"))
                .body("plannedAt", equalTo("2026-06-22T16:00:00")).body("place", equalTo("Kettering YOS office"))
                .body("workerId", equalTo(CASE_MANAGER.subject())).body("workerName", equalTo("Sam Casemanager"))
                .body("outcome", nullValue());
        assertEquals(1, Db.auditRows("READ_CONTACTS", "CONTACT", later, Persona.HEAD_OF_SERVICE.subject()));
        assertEquals(1, Db.auditRows("PLAN_CONTACT", "CONTACT", later, CASE_MANAGER.subject()));
        assertProblem(Api.as(Persona.CASE_MANAGER_WEST).get(path(caseId) + "/" + later), 404);
        assertProblem(Api.as(Persona.CASE_MANAGER_WEST).get(path(caseId)), 404);
    }

    @Test
    void creatingWithTheSameIdempotencyKeyPlansOneAppointment() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        String key = "contact-" + Fixtures.uniqueReference();

        String id = Api.as(CASE_MANAGER).header("Idempotency-Key", key).body(appointment("2026-06-22T16:00:00"))
                .post(path(caseId)).then().statusCode(201).extract().path("id");
        Api.as(CASE_MANAGER).header("Idempotency-Key", key).body(appointment("2026-06-22T16:00:00"))
                .post(path(caseId)).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));

        Api.as(CASE_MANAGER).get(path(caseId)).then().body("", hasSize(1));
    }

    @Test
    void anAppointmentStillToComeCannotGetAnOutcomeAndOneThatHasPassedGetsItOnce() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        String soon = plan(caseId, "2026-06-15T11:00:00");
        String justGone = plan(caseId, "2026-06-15T09:59:00");

        assertProblem(outcome(caseId, soon, Map.of("outcome", "ATTENDED")), 422);
        Api.as(CASE_MANAGER).get(path(caseId) + "/" + soon).then().header("ETag", "\"0\"")
                .body("outcome", nullValue());

        outcome(caseId, justGone, Map.of("outcome", "ATTENDED")).then().statusCode(200)
                .body("outcome", equalTo("ATTENDED")).body("outcomeRecordedOn", equalTo("2026-06-15"))
                .body("outcomeRecordedBy", equalTo(CASE_MANAGER.username())).body("warning", nullValue());
        assertProblem(outcome(caseId, justGone, Map.of("outcome", "UNACCEPTABLE_ABSENCE")), 409);
        Api.as(CASE_MANAGER).get(path(caseId) + "/" + justGone).then().body("outcome", equalTo("ATTENDED"));
    }

    @Test
    void anOutcomeNeedsTheContactsCurrentETag() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        String contact = path(caseId) + "/" + plan(caseId, "2026-06-12T10:00:00");

        assertProblem(Api.as(CASE_MANAGER).body(Map.of("outcome", "ATTENDED")).post(contact + "/outcome"), 428);
        assertProblem(Api.as(CASE_MANAGER).header("If-Match", "\"7\"").body(Map.of("outcome", "ATTENDED"))
                .post(contact + "/outcome"), 412);
        Api.as(CASE_MANAGER).get(contact).then().body("outcome", nullValue());
    }

    @Test
    void anAcceptableAbsenceNeedsItsReasonAndNeverWarns() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        String contactId = plan(caseId, "2026-06-12T10:00:00");

        assertValidationProblem(outcome(caseId, contactId, Map.of("outcome", "ACCEPTABLE_ABSENCE")), "reason");
        assertValidationProblem(outcome(caseId, contactId, Map.of("outcome", "ACCEPTABLE_ABSENCE", "reason", " ")),
                "reason");
        Api.as(CASE_MANAGER).get(path(caseId) + "/" + contactId).then().header("ETag", "\"0\"")
                .body("outcome", nullValue());

        outcome(caseId, contactId, Map.of("outcome", "ACCEPTABLE_ABSENCE", "reason", "GP appointment, letter seen"))
                .then().statusCode(200).body("outcomeReason", equalTo("GP appointment, letter seen"))
                .body("warning", nullValue());
        contactWith(caseId, "2026-06-05T10:00:00", "ACCEPTABLE_ABSENCE");
        contactWith(caseId, "2026-06-01T10:00:00", "ACCEPTABLE_ABSENCE");
        contactWith(caseId, "2026-06-02T10:00:00", "CANCELLED_BY_YOS");

        Api.as(CASE_MANAGER).get(path(caseId) + "/warnings").then().statusCode(200).body("", hasSize(0));
        assertEquals(List.of(), considerations(caseId));
        assertEquals(0, compliance(caseId, null).getInt("warningsInWindow"));
    }

    @Test
    void theSecondUnacceptableAbsenceWithinTwelveMonthsFlagsTheCaseForItsManager() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        // The window's first day: exactly 12 months before today.
        JsonPath first = contactWith(caseId, "2025-06-15T10:00:00", "UNACCEPTABLE_ABSENCE");
        assertEquals("2025-06-15", first.getString("warning.warnedOn"));
        assertEquals(List.of(), considerations(caseId));
        assertEquals(false, compliance(caseId, null).getBoolean("breachConsiderationOutstanding"));

        JsonPath second = contactWith(caseId, "2026-06-12T16:00:00", "UNACCEPTABLE_ABSENCE");

        // Friday 12 June + 5 working days = Friday 19 June.
        List<Map<String, Object>> raised = considerations(caseId);
        assertEquals(1, raised.size());
        assertEquals("2026-06-12", raised.get(0).get("raisedOn"));
        assertEquals("2026-06-19", raised.get(0).get("dueDate"));
        assertEquals("DUE", raised.get(0).get("status"));
        assertEquals(raised.get(0).get("id"), second.getString("warning.breachConsiderationId"));
        JsonPath compliance = compliance(caseId, null);
        assertEquals(2, compliance.getInt("warningsInWindow"));
        assertTrue(compliance.getBoolean("breachConsiderationOutstanding"));
        assertEquals("2026-06-19", compliance.getString("breachConsiderationDueDate"));
        Api.as(MANAGER).queryParam("view", "DUE").get("/api/v1/cases/" + caseId + "/work").then().statusCode(200)
                .body("items.findAll { it.kind == 'BREACH_CONSIDERATION' }.dueDate", equalTo(List.of("2026-06-19")))
                .body("items.findAll { it.kind == 'BREACH_CONSIDERATION' }.sourceId",
                        equalTo(List.of(raised.get(0).get("id"))));
        Api.as(CASE_MANAGER).get(path(caseId) + "/warnings").then().body("", hasSize(2))
                .body("warnedOn", equalTo(List.of("2026-06-12", "2025-06-15")));
    }

    @Test
    void aWarningTwelveMonthsAndADayEarlierDoesNotCount() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        contactWith(caseId, "2025-06-14T10:00:00", "UNACCEPTABLE_ABSENCE");
        contactWith(caseId, "2026-06-12T16:00:00", "UNACCEPTABLE_ABSENCE");

        assertEquals(List.of(), considerations(caseId));
        JsonPath compliance = compliance(caseId, null);
        assertEquals(1, compliance.getInt("warningsInWindow"));
        assertEquals(false, compliance.getBoolean("breachConsiderationOutstanding"));
        Api.as(CASE_MANAGER).get(path(caseId) + "/warnings").then().body("", hasSize(2));
    }

    @Test
    void onlyAnOperationsManagerOfTheCasesTeamDecidesAndNothingChangesOtherwise() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        String decision = path(caseId) + "/breach-consideration/decision";
        Map<String, Object> body = Map.of("decision", "FURTHER_WARNING_ONLY", "reason", "Re-engaged this week");
        assertProblem(Api.as(MANAGER).body(body).post(decision), 409);

        contactWith(caseId, "2026-05-12T10:00:00", "UNACCEPTABLE_ABSENCE");
        contactWith(caseId, "2026-06-12T10:00:00", "UNACCEPTABLE_ABSENCE");
        String considerationId = (String) considerations(caseId).get(0).get("id");

        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_WEST).body(body).post(decision), 404);
        assertProblem(Api.as(CASE_MANAGER).body(body).post(decision), 403);
        assertProblem(Api.as(Persona.HEAD_OF_SERVICE).body(body).post(decision), 403);
        assertValidationProblem(Api.as(MANAGER).body(Map.of("decision", "NO_ACTION", "reason", " "))
                .post(decision), "reason");
        assertEquals(null, considerations(caseId).get(0).get("decision"));

        Api.as(MANAGER).body(body).post(decision).then().statusCode(200).body("id", equalTo(considerationId))
                .body("decision", equalTo("FURTHER_WARNING_ONLY")).body("reason", equalTo("Re-engaged this week"))
                .body("decidedOn", equalTo("2026-06-15")).body("decidedBy", equalTo(MANAGER.username()))
                .body("status", equalTo("DONE"));
        assertProblem(Api.as(MANAGER).body(body).post(decision), 409);
        assertEquals(1, Db.auditRows("DECIDE_BREACH_CONSIDERATION", "BREACH_CONSIDERATION", considerationId,
                MANAGER.subject()));
        assertEquals(false, compliance(caseId, null).getBoolean("breachConsiderationOutstanding"));
        Api.as(MANAGER).queryParam("view", "COMPLETED").queryParam("completedFrom", "2026-06-15")
                .queryParam("completedTo", "2026-06-15").queryParam("kind", "BREACH_CONSIDERATION")
                .get("/api/v1/cases/" + caseId + "/work").then().statusCode(200)
                .body("items.sourceId", equalTo(List.of(considerationId))).body("items[0].onTime", equalTo(true));
    }

    @Test
    void warningsCountTowardsOneConsiderationSoANewOneNeedsTheNumberReachedAgain() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        contactWith(caseId, "2026-03-02T10:00:00", "UNACCEPTABLE_ABSENCE");
        contactWith(caseId, "2026-04-06T10:00:00", "UNACCEPTABLE_ABSENCE");
        String firstId = (String) considerations(caseId).get(0).get("id");
        // Given while the consideration is outstanding: the manager considers it with the others.
        JsonPath whileOutstanding = contactWith(caseId, "2026-05-04T10:00:00", "UNACCEPTABLE_ABSENCE");
        assertEquals(firstId, whileOutstanding.getString("warning.breachConsiderationId"));
        Api.as(MANAGER).body(Map.of("decision", "NO_ACTION", "reason", "Absences explained at review"))
                .post(path(caseId) + "/breach-consideration/decision").then().statusCode(200);

        JsonPath afterDecision = contactWith(caseId, "2026-06-01T10:00:00", "UNACCEPTABLE_ABSENCE");
        assertEquals(null, afterDecision.getString("warning.breachConsiderationId"));
        assertEquals(1, considerations(caseId).size());

        contactWith(caseId, "2026-06-11T10:00:00", "UNACCEPTABLE_ABSENCE");
        List<Map<String, Object>> all = considerations(caseId);
        assertEquals(2, all.size());
        // Thursday 11 June + 5 working days = Thursday 18 June.
        assertEquals("2026-06-11", all.get(1).get("raisedOn"));
        assertEquals("2026-06-18", all.get(1).get("dueDate"));
        assertEquals(5, compliance(caseId, null).getInt("warningsInWindow"));
    }

    @Test
    void aMonthCountsTheContactsAttendedFromItsFirstMinuteToItsLast() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        assessed(caseId, "LOW");
        contactWith(caseId, "2026-04-30T23:59:00", "ATTENDED");
        contactWith(caseId, "2026-05-01T00:00:00", "ATTENDED");
        contactWith(caseId, "2026-05-31T23:59:00", "ATTENDED");
        contactWith(caseId, "2026-05-20T10:00:00", "ACCEPTABLE_ABSENCE");
        contactWith(caseId, "2026-06-01T00:00:00", "ATTENDED");
        plan(caseId, "2026-06-22T16:00:00");

        JsonPath may = compliance(caseId, "2026-05");
        assertEquals("2026-05", may.getString("month"));
        assertEquals("STANDARD", may.getString("scaledApproach"));
        assertEquals(2, may.getInt("expectedContacts"));
        assertEquals(2, may.getInt("attendedContacts"));
        assertEquals("MET", may.getString("expectation"));
        JsonPath april = compliance(caseId, "2026-04");
        assertEquals(1, april.getInt("attendedContacts"));
        assertEquals("NOT_MET", april.getString("expectation"));
        JsonPath thisMonth = compliance(caseId, null);
        assertEquals("2026-06", thisMonth.getString("month"));
        assertEquals(1, thisMonth.getInt("attendedContacts"));
        assertEquals("NOT_MET", thisMonth.getString("expectation"));
        assertEquals(3, Db.auditRows("READ_CONTACTS", "CASE", caseId, CASE_MANAGER.subject()));
    }

    @Test
    void theExpectedNumberFollowsTheScaledApproachInEffectAndItsAbsenceIsSaid() {
        String notAssessed = Fixtures.newCase(CASE_MANAGER);
        contactWith(notAssessed, "2026-06-01T10:00:00", "ATTENDED");
        Api.as(CASE_MANAGER).get(path(notAssessed) + "/compliance").then().statusCode(200)
                .body("expectation", equalTo("NO_SCALED_APPROACH")).body("scaledApproach", nullValue())
                .body("expectedContacts", nullValue()).body("attendedContacts", equalTo(1));

        String enhanced = Fixtures.newCase(CASE_MANAGER);
        assessed(enhanced, "MEDIUM");
        Api.as(Persona.HEAD_OF_SERVICE).get(path(enhanced) + "/compliance").then().statusCode(200)
                .body("scaledApproach", equalTo("ENHANCED")).body("expectedContacts", equalTo(4))
                .body("expectation", equalTo("NOT_MET")).body("breachConsiderationDueDate", nullValue());
    }

    @Test
    void refusesBadInputAndChangesNothing() {
        String caseId = Fixtures.newCase(CASE_MANAGER);
        assertValidationProblem(Api.as(CASE_MANAGER).queryParam("month", "2026-13").get(path(caseId) + "/compliance"),
                "month");
        assertValidationProblem(Api.as(CASE_MANAGER).queryParam("month", "June").get(path(caseId) + "/compliance"),
                "month");
        Map<String, Object> noPlace = Map.of("kind", "HOME_VISIT", "plannedAt", "2026-06-22T16:00:00",
                "workerId", CASE_MANAGER.subject(), "workerName", "Sam Casemanager");
        assertValidationProblem(Api.as(CASE_MANAGER).body(noPlace).post(path(caseId)), "place");
        Map<String, Object> badKind = Map.of("kind", "PHONE_CALL", "plannedAt", "2026-06-22T16:00:00",
                "place", "Home", "workerId", CASE_MANAGER.subject(), "workerName", "Sam Casemanager");
        assertProblem(Api.as(CASE_MANAGER).body(badKind).post(path(caseId)), 400);
        Api.as(CASE_MANAGER).get(path(caseId)).then().body("", hasSize(0));

        Api.as(CASE_MANAGER).body(Map.of("closureReason", "COMPLETED", "closedOn", "2026-06-15",
                "eteHoursAtClosure", 16, "accommodationSuitable", true, "endOfOrderQuestionnaireCompleted", true))
                .header("If-Match", Fixtures.etag("/api/v1/cases/" + caseId, CASE_MANAGER))
                .post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200);
        assertProblem(Api.as(CASE_MANAGER).body(appointment("2026-06-22T16:00:00")).post(path(caseId)), 409);
        Api.as(CASE_MANAGER).get(path(caseId)).then().body("", hasSize(0));
    }
}
