package uk.yos.victims.intervention;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Persona;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

@QuarkusTest
class InterventionApiTest extends StubbedCaseService {

    private static final String PATH = Fixtures.INTERVENTIONS;
    private static final String RJ_SUBJECT = Persona.RJ_WORKER.subject();

    private static Response update(String id, String etag, Map<String, Object> body) {
        return Api.as(Fixtures.RJ).header("If-Match", etag).body(body).put(PATH + "/" + id);
    }

    private static Map<String, Object> status(String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        return body;
    }

    @Test
    void plansAnInterventionForAnEngagedVictimAndCarriesItThroughToCompletion() {
        String victimId = Fixtures.engagedVictim();
        Response created = Fixtures.createIntervention(victimId, "DIRECT_CONFERENCE");
        String id = created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith(PATH + "/" + created.path("id")))
                .body("status", equalTo("PLANNED")).body("type", equalTo("DIRECT_CONFERENCE"))
                .extract().path("id");
        assertEquals(1, Db.auditRows("CREATE", "RJ_INTERVENTION", id, RJ_SUBJECT));

        update(id, "\"0\"", status("IN_PROGRESS")).then().statusCode(200).header("ETag", "\"1\"");
        assertValidationProblem(update(id, "\"1\"", status("COMPLETED")), "completedOn");
        Map<String, Object> done = status("COMPLETED");
        done.put("completedOn", Fixtures.today().toString());
        assertValidationProblem(update(id, "\"1\"", done), "outcome");
        done.put("outcome", "Conference held; apology accepted");
        update(id, "\"1\"", done).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("outcome", equalTo("Conference held; apology accepted"));

        // Finished: the status stays, but the victim being told can still be recorded.
        assertProblem(update(id, "\"2\"", status("IN_PROGRESS")), 409);
        done.put("victimInformedOn", Fixtures.today().toString());
        update(id, "\"2\"", done).then().statusCode(200).body("victimInformedOn", equalTo(Fixtures.today().toString()));

        Api.as(Fixtures.RJ).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"3\"");
        assertEquals(1, Db.auditRows("READ", "RJ_INTERVENTION", id, RJ_SUBJECT));
        assertEquals(3, Db.auditRows("UPDATE", "RJ_INTERVENTION", id, RJ_SUBJECT));
    }

    @Test
    void needsRjToHaveBeenOfferedAndConsentToContact() {
        String undecided = Fixtures.newVictim();
        Fixtures.recordConsent(undecided, true, false);
        Map<String, Long> before = Db.snapshot();
        assertProblem(Fixtures.createIntervention(undecided, "LETTER_OF_EXPLANATION"), 422);
        assertEquals(before, Db.snapshot());

        String notOffered = Fixtures.newVictim();
        Fixtures.recordConsent(notOffered, true, false);
        Fixtures.decideRj(notOffered, false);
        before = Db.snapshot();
        assertProblem(Fixtures.createIntervention(notOffered, "LETTER_OF_EXPLANATION"), 422);
        assertEquals(before, Db.snapshot());

        String noConsent = Fixtures.newVictim();
        Fixtures.decideRj(noConsent, true);
        before = Db.snapshot();
        assertProblem(Fixtures.createIntervention(noConsent, "LETTER_OF_EXPLANATION"), 422);
        assertEquals(before, Db.snapshot());

        JsonPath unknown = assertProblem(Fixtures.createIntervention(UUID.randomUUID().toString(), "ATTENDING_PANEL"),
                422);
        assertEquals(List.of("victimId"), unknown.getList("errors.field"));
        assertValidationProblem(Api.as(Fixtures.RJ).body(Map.of("victimId", noConsent, "type", "HUG"))
                .post(PATH), "type");
        assertEquals(before, Db.snapshot());
    }

    @Test
    void withdrawingConsentWithdrawsOpenInterventionsAndBlocksNewWork() {
        String victimId = Fixtures.engagedVictim();
        String open = Fixtures.createIntervention(victimId, "SHUTTLE_COMMUNICATION").then().statusCode(201)
                .extract().path("id");
        String done = Fixtures.createIntervention(victimId, "VICTIM_IMPACT_STATEMENT").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> completed = status("COMPLETED");
        completed.put("completedOn", Fixtures.today().toString());
        completed.put("outcome", "Statement read at the panel");
        update(done, "\"0\"", completed).then().statusCode(200);

        Fixtures.withdraw(victimId).then().statusCode(200);
        Api.as(Fixtures.RJ).get(PATH + "/" + open).then().body("status", equalTo("WITHDRAWN"));
        Api.as(Fixtures.RJ).get(PATH + "/" + done).then().body("status", equalTo("COMPLETED"));
        assertEquals(1, Db.auditRows("WITHDRAW", "RJ_INTERVENTION", open, RJ_SUBJECT));
        assertEquals(1, Db.auditRows("WITHDRAW_CONSENT", "VICTIM", victimId, RJ_SUBJECT));

        Map<String, Long> before = Db.snapshot();
        assertProblem(Fixtures.createIntervention(victimId, "DIRECT_REPARATION"), 422);
        assertProblem(Fixtures.withdraw(victimId), 422);
        assertProblem(Api.as(Fixtures.RJ).header("If-Match", Fixtures.victimETag(victimId))
                .body(Fixtures.consent(true, true)).put(Fixtures.VICTIMS + "/" + victimId + "/consent"), 422);
        assertEquals(before.get("rj_intervention"), Db.rows("rj_intervention"));
        assertEquals(before.get("victim"), Db.rows("victim"));
    }

    @Test
    void anInterventionWithdrawnWithTheVictimsConsentIsFinished() {
        String victimId = Fixtures.engagedVictim();
        String id = Fixtures.createIntervention(victimId, "COMMUNITY_REPARATION").then().statusCode(201)
                .extract().path("id");
        // Withdrawing the victim's consent withdrew the intervention, which cannot be restarted.
        Fixtures.withdraw(victimId).then().statusCode(200);
        String etag = Fixtures.etag(PATH + "/" + id);
        assertProblem(update(id, etag, status("IN_PROGRESS")), 409);

        String second = Fixtures.engagedVictim();
        String planned = Fixtures.createIntervention(second, "COMMUNITY_REPARATION").then().statusCode(201)
                .extract().path("id");
        Api.as(Fixtures.RJ).header("If-Match", Fixtures.victimETag(second))
                .body(Map.of("withdrawnOn", Fixtures.today().toString(), "reason", "Moved away"))
                .post(Fixtures.VICTIMS + "/" + second + "/consent-withdrawal").then().statusCode(200);
        Api.as(Fixtures.RJ).get(PATH + "/" + planned).then().body("status", equalTo("WITHDRAWN"))
                .body("outcome", equalTo("Withdrawn: the victim withdrew consent on " + Fixtures.today()));
    }

    @Test
    void notOfferingRjWhileWorkIsOpenIsRefused() {
        String victimId = Fixtures.engagedVictim();
        Fixtures.createIntervention(victimId, "ATTENDING_PANEL").then().statusCode(201);
        assertProblem(Api.as(Fixtures.RJ).header("If-Match", Fixtures.victimETag(victimId))
                .body(Map.of("offered", false, "reasons", "Changed view", "decidedOn", Fixtures.today().toString()))
                .put(Fixtures.VICTIMS + "/" + victimId + "/rj-decision"), 422);
    }

    @Test
    void listsInterventionsByVictimCaseAndStatusAndAuditsTheSearch() {
        CaseReference reference = Fixtures.visibleCase();
        String victimId = Fixtures.createVictim(Fixtures.victim(reference));
        Fixtures.recordConsent(victimId, true, false);
        Fixtures.decideRj(victimId, true);
        String letter = Fixtures.createIntervention(victimId, "LETTER_OF_EXPLANATION").then().statusCode(201)
                .extract().path("id");
        String conference = Fixtures.createIntervention(victimId, "DIRECT_CONFERENCE").then().statusCode(201)
                .extract().path("id");
        update(conference, "\"0\"", status("IN_PROGRESS")).then().statusCode(200);
        String elsewhere = Fixtures.createIntervention(Fixtures.engagedVictim(), "LETTER_OF_EXPLANATION").then()
                .statusCode(201).extract().path("id");

        Api.as(Fixtures.RJ).queryParam("victimId", victimId).queryParam("sort", "createdAt").get(PATH).then()
                .statusCode(200).body("items.id", contains(letter, conference)).body("totalItems", equalTo(2));
        Api.as(Fixtures.RJ).queryParam("caseId", reference.id().toString()).queryParam("status", "IN_PROGRESS")
                .get(PATH).then().statusCode(200).body("items.id", contains(conference));
        Api.as(Fixtures.RJ).queryParam("status", "PLANNED").queryParam("size", 100).get(PATH).then()
                .statusCode(200).body("items.status", everyItem(equalTo("PLANNED")))
                .body("items.id", not(hasItem(conference)));
        Api.as(Fixtures.RJ).queryParam("type", "LETTER_OF_EXPLANATION").queryParam("size", 100).get(PATH).then()
                .statusCode(200).body("items.id", hasItem(elsewhere));
        assertValidationProblem(Api.as(Fixtures.RJ).queryParam("sort", "outcome").get(PATH), "sort");
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'SEARCH' "
                + "and record_type = 'RJ_INTERVENTION' and detail = 'filters=[caseId, status] results=1'"));
    }

    @Test
    void theHeadOfServiceReadsInterventionsWithoutVictimPersonalDataAndChangesNothing() {
        Persona hos = Persona.HEAD_OF_SERVICE;
        CaseReference reference = Fixtures.visibleCase();
        String victimId = Fixtures.createVictim(Fixtures.victim(reference));
        Fixtures.recordConsent(victimId, true, false);
        Fixtures.decideRj(victimId, true);
        String id = Fixtures.createIntervention(victimId, "LETTER_OF_EXPLANATION").then().statusCode(201)
                .extract().path("id");

        JsonPath one = Api.as(hos).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("victimId", equalTo(victimId)).body("type", equalTo("LETTER_OF_EXPLANATION"))
                .extract().jsonPath();
        JsonPath page = Api.as(hos).queryParam("caseId", reference.id().toString()).get(PATH).then().statusCode(200)
                .body("items.id", contains(id)).extract().jsonPath();
        // The view names the victim by id only: nothing of theirs the RJ team alone may see.
        List<String> personal = List.of("givenName", "familyName", "name", "address", "phone", "email",
                "dateOfBirth");
        for (Map<String, Object> view : List.<Map<String, Object>>of(one.getMap("$"), page.getMap("items[0]"))) {
            assertEquals(List.of(), personal.stream().filter(view::containsKey).toList(), view.toString());
        }
        // Read the same way as the RJ team's reads: each read names the child, each search is recorded.
        assertEquals(1, Db.count("select count(*) from audit_event a join victim v on v.id = " + Db.UUID_PARAM
                + " where a.action = 'READ' and a.record_type = 'RJ_INTERVENTION' and a.record_id = ? "
                + "and a.subject = ? and a.outcome = 'SUCCESS' and a.child_id = v.young_person_id",
                victimId, id, hos.subject()));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'SEARCH' and record_type = "
                + "'RJ_INTERVENTION' and subject = ? and detail = 'filters=[caseId] results=1'", hos.subject()));

        Map<String, Long> before = Db.snapshot();
        assertProblem(Api.as(hos).body(Map.of("victimId", victimId, "type", "DIRECT_REPARATION")).post(PATH), 403);
        assertProblem(Api.as(hos).header("If-Match", "\"0\"").body(status("IN_PROGRESS")).put(PATH + "/" + id),
                403);
        assertEquals(before, Db.snapshot());
    }

    @Test
    void theSameIdempotencyKeyPlansOneIntervention() {
        String victimId = Fixtures.engagedVictim();
        String key = "rj-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("victimId", victimId, "type", "DIRECT_REPARATION");
        String first = Api.as(Fixtures.RJ).header("Idempotency-Key", key).body(body).post(PATH).then()
                .statusCode(201).extract().path("id");
        long rows = Db.rows("rj_intervention");
        Api.as(Fixtures.RJ).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("ETag", "\"0\"").body("id", equalTo(first));
        assertProblem(Api.as(Fixtures.RJ).header("Idempotency-Key", key)
                .body(Map.of("victimId", victimId, "type", "COMMUNITY_REPARATION")).post(PATH), 422);
        assertEquals(rows, Db.rows("rj_intervention"));
    }
}
