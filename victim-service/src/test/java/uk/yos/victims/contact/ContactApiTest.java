package uk.yos.victims.contact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.testsupport.Persona;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

@QuarkusTest
class ContactApiTest extends StubbedCaseService {

    private static final String RJ_SUBJECT = Persona.RJ_WORKER.subject();

    private static String contacts(String victimId) {
        return Fixtures.VICTIMS + "/" + victimId + "/contacts";
    }

    @Test
    void recordsAttemptsAndContactsAndListsThemNewestFirst() {
        String victimId = Fixtures.newVictim();
        Map<String, Object> attempt = Fixtures.contact("NO_ANSWER", false);
        attempt.put("contactedOn", Fixtures.today().minusDays(1).toString());
        Response recorded = Api.as(Fixtures.RJ).body(attempt).post(contacts(victimId));
        String attemptId = recorded.then().statusCode(201)
                .header("Location", endsWith(contacts(victimId) + "/" + recorded.path("id")))
                .body("contactMade", equalTo(false)).body("recordedBy", equalTo("rj-worker"))
                .extract().path("id");
        Map<String, Object> spoke = Fixtures.contact("SPOKE_WITH_VICTIM", true);
        spoke.put("notes", "Explained the RJ options");
        String contactId = Api.as(Fixtures.RJ).body(spoke).post(contacts(victimId)).then().statusCode(201)
                .body("contactMade", equalTo(true)).body("rjInformationGiven", equalTo(true))
                .extract().path("id");

        Api.as(Fixtures.RJ).get(contacts(victimId)).then().statusCode(200)
                .body("items.id", contains(contactId, attemptId)).body("totalItems", equalTo(2));
        Api.as(Fixtures.RJ).get(contacts(victimId) + "/" + attemptId).then().statusCode(200)
                .body("outcome", equalTo("NO_ANSWER"));
        assertEquals(2, Db.auditRows("RECORD_CONTACT", "VICTIM", victimId, RJ_SUBJECT));
        assertEquals(2, Db.auditRows("READ_CONTACTS", "VICTIM", victimId, RJ_SUBJECT));
        // A contact is only found under its own victim.
        assertProblem(Api.as(Fixtures.RJ).get(contacts(Fixtures.newVictim()) + "/" + attemptId), 404);
    }

    @Test
    void recordingAContactMovesTheVictimsETagOn() {
        String victimId = Fixtures.newVictim();
        String before = Fixtures.victimETag(victimId);
        Api.as(Fixtures.RJ).body(Fixtures.contact("MESSAGE_LEFT", false)).post(contacts(victimId))
                .then().statusCode(201);
        String after = Fixtures.victimETag(victimId);
        assertEquals("\"1\"", after);
        assertProblem(Api.as(Fixtures.RJ).header("If-Match", before).body(Map.of("views", "Felt heard"))
                .put(Fixtures.VICTIMS + "/" + victimId + "/feedback"), 412);
    }

    @Test
    void refusesInconsistentContactsNamingTheField() {
        String victimId = Fixtures.newVictim();
        Map<String, Long> before = Db.snapshot();
        assertValidationProblem(Api.as(Fixtures.RJ).body(Fixtures.contact("NO_ANSWER", true)).post(contacts(victimId)),
                "rjInformationGiven");
        Map<String, Object> early = Fixtures.contact("SPOKE_WITH_VICTIM", true);
        early.put("contactedOn", Fixtures.today().minusDays(30).toString());
        assertValidationProblem(Api.as(Fixtures.RJ).body(early).post(contacts(victimId)), "contactedOn");
        Map<String, Object> future = Fixtures.contact("SPOKE_WITH_VICTIM", true);
        future.put("contactedOn", Fixtures.today().plusDays(1).toString());
        future.put("notes", "n".repeat(1001));
        assertValidationProblem(Api.as(Fixtures.RJ).body(future).post(contacts(victimId)), "contactedOn", "notes");
        assertValidationProblem(Api.as(Fixtures.RJ).body(Map.of("method", "PHONE")).post(contacts(victimId)),
                "contactedOn", "outcome", "rjInformationGiven");
        assertEquals(before, Db.snapshot());
    }

    @Test
    void noContactMayBeRecordedAfterTheVictimWithdrawsOrRefusesContact() {
        String withdrawn = Fixtures.newVictim();
        Fixtures.withdraw(withdrawn).then().statusCode(200)
                .body("consent.withdrawnOn", equalTo(Fixtures.today().toString()));
        Map<String, Long> before = Db.snapshot();
        assertProblem(Api.as(Fixtures.RJ).body(Fixtures.contact("SPOKE_WITH_VICTIM", true))
                .post(contacts(withdrawn)), 422);
        assertEquals(before, Db.snapshot());

        String refused = Fixtures.newVictim();
        Fixtures.recordConsent(refused, false, false);
        before = Db.snapshot();
        assertProblem(Api.as(Fixtures.RJ).body(Fixtures.contact("NO_ANSWER", false)).post(contacts(refused)), 422);
        assertEquals(before, Db.snapshot());
    }

    @Test
    void theSameIdempotencyKeyRecordsOneContactAndCannotBeReusedForAnotherVictim() {
        String victimId = Fixtures.newVictim();
        String other = Fixtures.newVictim();
        String key = "contact-" + UUID.randomUUID();
        Map<String, Object> body = Fixtures.contact("SPOKE_WITH_VICTIM", true);
        String first = Api.as(Fixtures.RJ).header("Idempotency-Key", key).body(body).post(contacts(victimId))
                .then().statusCode(201).extract().path("id");
        long rows = Db.rows("victim_contact");
        Api.as(Fixtures.RJ).header("Idempotency-Key", key).body(body).post(contacts(victimId)).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertProblem(Api.as(Fixtures.RJ).header("Idempotency-Key", key).body(body).post(contacts(other)), 422);
        assertEquals(rows, Db.rows("victim_contact"));
        assertEquals(1, Db.auditRows("RECORD_CONTACT", "VICTIM", victimId, RJ_SUBJECT));
    }
}
