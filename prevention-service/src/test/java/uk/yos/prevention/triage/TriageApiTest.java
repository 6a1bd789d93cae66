package uk.yos.prevention.triage;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.prevention.Api;
import uk.yos.prevention.Db;
import uk.yos.prevention.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

@QuarkusTest
class TriageApiTest {

    private static final String PATH = Fixtures.PATH;
    private static final Persona WORKER = Persona.PREVENTION_WORKER;

    @Test
    void triageIsRecordedWithScreeningConsentAndTheChildsDetailsAndMeetsTheDeadline() {
        String id = Fixtures.createOffenceReferral();
        String yesterday = TestClock.today().minusDays(1).toString();
        Api.as(WORKER).header("If-Match", "\"0\"").body(Fixtures.triage()).put(PATH + "/" + id + "/triage")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("TRIAGED"))
                .body("assessmentCompletedOn", equalTo(yesterday))
                .body("assessmentTimeliness", equalTo("MET"))
                .body("triage.assessmentCompletedOn", equalTo(yesterday))
                .body("triage.padatCompletedOn", equalTo(yesterday))
                .body("triage.camhsScreening.outcome", equalTo("NO_CONCERNS_IDENTIFIED"))
                .body("triage.voluntaryWorkConsent", equalTo("GIVEN"))
                .body("triage.child.localityCode", equalTo("KETTERING"))
                .body("triage.child.send", equalTo(true))
                .body("triage.recordedBy", equalTo(WORKER.username()));
        assertEquals(1, Db.auditRows("TRIAGE", id, WORKER.subject()));

        // Police see that triage is done, and on time, but nothing of what it found.
        Api.as(Persona.POLICE_REFERRER).get(PATH + "/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("TRIAGED")).body("assessmentCompleted", equalTo(true))
                .body("assessmentTimeliness", equalTo("MET"))
                .body("triage", nullValue()).body("camhsScreening", nullValue());
    }

    @Test
    void triageInProgressCanBeSavedAndReplaced() {
        String id = Fixtures.createRiskReferral();
        Map<String, Object> inProgress = new HashMap<>();
        inProgress.put("voluntaryWorkConsent", "NOT_YET_ASKED");
        inProgress.put("notes", "Visit booked");
        Api.as(WORKER).header("If-Match", "\"0\"").body(inProgress).put(PATH + "/" + id + "/triage")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("RECEIVED")).body("assessmentTimeliness", equalTo("DUE"))
                .body("triage.notes", equalTo("Visit booked")).body("triage.child", nullValue());

        Map<String, Object> done = new HashMap<>(Fixtures.triage());
        done.remove("padatCompletedOn"); // optional for a prevention (RISK) referral
        done.remove("camhsScreening");
        Api.as(WORKER).header("If-Match", "\"1\"").body(done).put(PATH + "/" + id + "/triage")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("TRIAGED")).body("triage.padatCompletedOn", nullValue())
                .body("triage.camhsScreening", nullValue()).body("triage.notes", equalTo(done.get("notes")));
    }

    @Test
    void anAssessmentCompletedAfterTheDueDateIsLate() {
        Map<String, Object> body = Fixtures.offenceReferral();
        body.put("receivedOn", "2026-04-02");
        @SuppressWarnings("unchecked")
        Map<String, Object> reason = (Map<String, Object>) body.get("reason");
        Map<String, Object> offence = new HashMap<>(Fixtures.offence());
        offence.put("offenceDate", "2026-03-28");
        reason.put("offence", offence);
        Map<String, Object> child = new HashMap<>(Fixtures.child());
        child.put("dateOfBirth", "2012-06-01");
        body.put("child", child);
        String id = Fixtures.create(WORKER, body).then().statusCode(201)
                .body("assessmentDueDate", equalTo("2026-04-20")).extract().path("id");

        Map<String, Object> onTheDay = new HashMap<>(Fixtures.triage());
        onTheDay.put("assessmentCompletedOn", "2026-04-20");
        Fixtures.recordTriage(id, onTheDay).then().statusCode(200).body("assessmentTimeliness", equalTo("MET"));
        Map<String, Object> dayAfter = new HashMap<>(Fixtures.triage());
        dayAfter.put("assessmentCompletedOn", "2026-04-21");
        Fixtures.recordTriage(id, dayAfter).then().statusCode(200).body("assessmentTimeliness", equalTo("LATE"));
        Api.as(Persona.POLICE_REFERRER).get(PATH + "/" + id + "/status").then().statusCode(200)
                .body("assessmentTimeliness", equalTo("LATE"));
    }

    @Test
    void invalidTriageIsRefusedWithTheFieldsAndWritesNothing() {
        Map<String, Object> body = Fixtures.offenceReferral();
        body.put("receivedOn", TestClock.today().minusDays(3).toString());
        String id = Fixtures.create(WORKER, body).then().statusCode(201).extract().path("id");
        String before = Db.snapshot();
        String beforeReceipt = TestClock.today().minusDays(4).toString();

        Map<String, Object> early = new HashMap<>(Fixtures.triage());
        early.put("assessmentCompletedOn", beforeReceipt);
        early.put("padatCompletedOn", beforeReceipt);
        early.put("camhsScreening", Map.of("screenedOn", beforeReceipt, "outcome", "REFERRED_TO_CAMHS"));
        assertValidationProblem(Fixtures.recordTriage(id, "\"0\"", early), "assessmentCompletedOn", "padatCompletedOn",
                "camhsScreening.screenedOn");

        Map<String, Object> undatedConsent = new HashMap<>(Fixtures.triage());
        undatedConsent.remove("consentRecordedOn");
        assertValidationProblem(Fixtures.recordTriage(id, "\"0\"", undatedConsent), "consentRecordedOn");

        Map<String, Object> datedButNotAsked = new HashMap<>(Fixtures.triage());
        datedButNotAsked.put("voluntaryWorkConsent", "NOT_YET_ASKED");
        assertValidationProblem(Fixtures.recordTriage(id, "\"0\"", datedButNotAsked), "consentRecordedOn");

        Map<String, Object> future = new HashMap<>(Fixtures.triage());
        future.put("assessmentCompletedOn", TestClock.today().plusDays(1).toString());
        assertValidationProblem(Fixtures.recordTriage(id, "\"0\"", future), "assessmentCompletedOn");

        Map<String, Object> incompleteChild = new HashMap<>(Fixtures.triage());
        incompleteChild.put("child", Map.of("ethnicity", "MARTIAN", "localityCode", "KETTERING"));
        assertValidationProblem(Fixtures.recordTriage(id, "\"0\"", incompleteChild), "child.ethnicity");
        incompleteChild.put("child", Map.of("ethnicity", "WHITE_IRISH", "localityCode", "kettering"));
        assertValidationProblem(Fixtures.recordTriage(id, "\"0\"", incompleteChild), "child.localityCode", "child.childInCare",
                "child.send", "child.ehcp");

        assertValidationProblem(Fixtures.recordTriage(id, "\"0\"", Map.of()), "voluntaryWorkConsent");
        assertEquals(before, Db.snapshot());
    }
}
