package uk.yos.victims.victim;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.testsupport.Persona;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

@QuarkusTest
class ConsentDecisionAndSupportTest extends StubbedCaseService {

    private static final String RJ_SUBJECT = Persona.RJ_WORKER.subject();

    private static String path(String victimId, String sub) {
        return Fixtures.VICTIMS + "/" + victimId + sub;
    }

    private static Response put(String victimId, String sub, Object body) {
        return Fixtures.putWithETag(path(victimId, sub), path(victimId, ""), body);
    }

    private static Map<String, Object> referral() {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceName", "Young victims' therapeutic service");
        body.put("reason", "Anxiety since the offence");
        body.put("referredOn", Fixtures.today().toString());
        body.put("victimAgreed", true);
        return body;
    }

    @Test
    void recordsEachConsentWithItsDate() {
        String id = Fixtures.newVictim();
        put(id, "/consent", Fixtures.consent(true, true)).then().statusCode(200).header("ETag", "\"1\"")
                .body("consent.policeConsentToShare", equalTo(true))
                .body("consent.consentToContact", equalTo(true))
                .body("consent.consentToContactOn", equalTo(Fixtures.today().toString()))
                .body("consent.evaluationConsent", equalTo(true))
                .body("consent.withdrawnOn", nullValue());
        assertEquals(1, Db.auditRows("RECORD_CONSENT", "VICTIM", id, RJ_SUBJECT));

        Map<String, Object> undated = Fixtures.consent(true, false);
        undated.remove("consentToContactOn");
        assertValidationProblem(put(id, "/consent", undated), "consentToContactOn");
        Map<String, Object> evaluationOnly = Fixtures.consent(false, true);
        assertValidationProblem(put(id, "/consent", evaluationOnly), "evaluationConsent");
        Map<String, Object> future = Fixtures.consent(true, false);
        future.put("consentToContactOn", Fixtures.today().plusDays(2).toString());
        assertValidationProblem(put(id, "/consent", future), "consentToContactOn");
    }

    @Test
    void theRjDecisionNeedsReasonsAndRecordsWhoDecided() {
        String id = Fixtures.newVictim();
        String today = Fixtures.today().toString();
        assertValidationProblem(put(id, "/rj-decision", Map.of("offered", true, "reasons", "  ", "decidedOn", today)),
                "reasons");
        assertValidationProblem(put(id, "/rj-decision", Map.of("offered", false, "decidedOn", today)), "reasons");
        assertValidationProblem(put(id, "/rj-decision", Map.of("reasons", "Suitable", "decidedOn", today)), "offered");
        assertValidationProblem(put(id, "/rj-decision", Map.of("offered", true, "reasons", "Suitable",
                "decidedOn", Fixtures.today().minusDays(10).toString())), "decidedOn");
        assertEquals(0, Db.auditRows("RECORD_RJ_DECISION", "VICTIM", id, RJ_SUBJECT));

        put(id, "/rj-decision", Map.of("offered", false, "reasons", "The child denies the offence", "decidedOn",
                today)).then().statusCode(200)
                .body("rjDecision.offered", equalTo(false))
                .body("rjDecision.reasons", equalTo("The child denies the offence"))
                .body("rjDecision.decidedOn", equalTo(today))
                .body("rjDecision.decidedBy", equalTo("rj-worker"));
        assertEquals(1, Db.auditRows("RECORD_RJ_DECISION", "VICTIM", id, RJ_SUBJECT));
    }

    @Test
    void recordsFeedbackAndNeedsAtLeastOnePart() {
        String id = Fixtures.newVictim();
        assertValidationProblem(put(id, "/feedback", Map.of("views", " ")), "views");
        assertValidationProblem(put(id, "/feedback", Map.of("wishes", "w".repeat(4001))), "wishes");
        put(id, "/feedback", Map.of("views", "Felt unsafe for weeks", "wishes", "A letter of apology",
                "agreedReparation", "Ten hours at the park")).then().statusCode(200)
                .body("feedback.views", equalTo("Felt unsafe for weeks"))
                .body("feedback.recordedBy", equalTo("rj-worker"));
        assertEquals(1, Db.auditRows("RECORD_FEEDBACK", "VICTIM", id, RJ_SUBJECT));
    }

    @Test
    void refersForSpecialistSupportOnlyWithConsentToContact() {
        String noConsent = Fixtures.newVictim();
        Map<String, Long> before = Db.snapshot();
        assertProblem(Api.as(Fixtures.RJ).body(referral()).post(path(noConsent, "/support-referrals")), 422);
        assertEquals(before, Db.snapshot());

        String id = Fixtures.newVictim();
        Fixtures.recordConsent(id, true, false);
        Map<String, Object> notAgreed = referral();
        notAgreed.put("victimAgreed", false);
        assertValidationProblem(Api.as(Fixtures.RJ).body(notAgreed).post(path(id, "/support-referrals")),
                "victimAgreed");
        String referralId = Api.as(Fixtures.RJ).body(referral()).post(path(id, "/support-referrals")).then()
                .statusCode(201).body("serviceName", equalTo("Young victims' therapeutic service"))
                .extract().path("id");
        Api.as(Fixtures.RJ).get(path(id, "/support-referrals")).then().statusCode(200)
                .body("id", contains(referralId));
        Api.as(Fixtures.RJ).get(path(id, "/support-referrals/" + referralId)).then().statusCode(200);
        assertEquals(1, Db.auditRows("REFER_FOR_SUPPORT", "VICTIM", id, RJ_SUBJECT));
        assertEquals(2, Db.auditRows("READ_SUPPORT_REFERRALS", "VICTIM", id, RJ_SUBJECT));

        Fixtures.withdraw(id).then().statusCode(200);
        assertProblem(Api.as(Fixtures.RJ).body(referral()).post(path(id, "/support-referrals")), 422);
    }

    @Test
    void recordsAnEvaluationOnlyWithContactAndEvaluationConsent() {
        String contactOnly = Fixtures.newVictim();
        Fixtures.recordConsent(contactOnly, true, false);
        Map<String, Long> before = Db.snapshot();
        assertProblem(Api.as(Fixtures.RJ).body(Map.of("sentOn", Fixtures.today().toString()))
                .post(path(contactOnly, "/evaluations")), 422);
        assertEquals(before, Db.snapshot());

        String id = Fixtures.newVictim();
        Fixtures.recordConsent(id, true, true);
        Map<String, Object> answers = new HashMap<>();
        answers.put("sentOn", Fixtures.today().minusDays(1).toString());
        answers.put("satisfaction", 6);
        assertValidationProblem(Api.as(Fixtures.RJ).body(answers).post(path(id, "/evaluations")), "satisfaction");
        answers.put("satisfaction", 4);
        assertValidationProblem(Api.as(Fixtures.RJ).body(answers).post(path(id, "/evaluations")), "returnedOn");
        answers.put("returnedOn", Fixtures.today().toString());
        answers.put("feltListenedTo", true);
        String evaluationId = Api.as(Fixtures.RJ).body(answers).post(path(id, "/evaluations")).then().statusCode(201)
                .body("satisfaction", equalTo(4)).extract().path("id");
        Api.as(Fixtures.RJ).get(path(id, "/evaluations")).then().statusCode(200).body("id", contains(evaluationId));
        Api.as(Fixtures.RJ).get(path(id, "/evaluations/" + evaluationId)).then().statusCode(200)
                .body("feltListenedTo", equalTo(true));
        assertEquals(1, Db.auditRows("RECORD_EVALUATION", "VICTIM", id, RJ_SUBJECT));

        Fixtures.withdraw(id).then().statusCode(200);
        before = Db.snapshot();
        assertProblem(Api.as(Fixtures.RJ).body(Map.of("sentOn", Fixtures.today().toString()))
                .post(path(id, "/evaluations")), 422);
        assertEquals(before, Db.snapshot());
    }
}
