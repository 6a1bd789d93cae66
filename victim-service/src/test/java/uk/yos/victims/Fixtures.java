package uk.yos.victims;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/** Builds records through the API, as the RJ team would, against a stubbed case-service. */
public final class Fixtures {

    public static final Persona RJ = Persona.RJ_WORKER;
    public static final String VICTIMS = "/api/v1/victims";
    public static final String INTERVENTIONS = "/api/v1/rj-interventions";

    private Fixtures() {
    }

    /** Today in England and Wales, as the service counts dates. */
    public static LocalDate today() {
        return TestClock.today();
    }

    /** An open referral-order case that case-service shows to anyone who asks. */
    public static CaseReference visibleCase() {
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        CaseServiceStub.caseVisible(reference);
        return reference;
    }

    /** A valid victim body for the case's first offence, referred three days ago, contactable by phone. */
    public static Map<String, Object> victim(CaseReference reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", reference.id().toString());
        body.put("offenceId", reference.firstOffence().id().toString());
        body.put("givenName", "Sam");
        body.put("familyName", "Victim" + UUID.randomUUID().toString().substring(0, 8));
        body.put("dateOfBirth", "1980-02-14");
        body.put("address", "1 High Street, Kettering NN16 0AA");
        body.put("phone", "01536 000" + (100 + (int) (Math.random() * 800)));
        body.put("email", "sam.victim@example.org");
        body.put("preferredContactMethod", "PHONE");
        body.put("referredOn", TestClock.today().minusDays(3).toString());
        body.put("vulnerableOrIntimidated", false);
        body.put("mostSeriousCrime", false);
        return body;
    }

    public static Response createVictimAs(Persona as, Map<String, Object> body) {
        return Api.as(as).body(body).post(VICTIMS);
    }

    public static String createVictim(Map<String, Object> body) {
        return createVictimAs(RJ, body).then().statusCode(201).extract().path("id");
    }

    /** A victim of a new visible case. */
    public static String newVictim() {
        return createVictim(victim(visibleCase()));
    }

    public static String etag(String path) {
        return Api.as(RJ).get(path).then().statusCode(200).extract().header("ETag");
    }

    public static String victimETag(String victimId) {
        return etag(VICTIMS + "/" + victimId);
    }

    public static Response putWithETag(String path, String etagPath, Object body) {
        return Api.as(RJ).header("If-Match", etag(etagPath)).body(body).put(path);
    }

    public static Map<String, Object> consent(boolean contact, boolean evaluation) {
        String today = today().toString();
        Map<String, Object> body = new HashMap<>();
        body.put("policeConsentToShare", true);
        body.put("policeConsentOn", TestClock.today().minusDays(3).toString());
        body.put("consentToContact", contact);
        body.put("consentToContactOn", today);
        body.put("evaluationConsent", evaluation);
        body.put("evaluationConsentOn", today);
        return body;
    }

    public static void recordConsent(String victimId, boolean contact, boolean evaluation) {
        putWithETag(VICTIMS + "/" + victimId + "/consent", VICTIMS + "/" + victimId, consent(contact, evaluation))
                .then().statusCode(200);
    }

    public static void decideRj(String victimId, boolean offered) {
        putWithETag(VICTIMS + "/" + victimId + "/rj-decision", VICTIMS + "/" + victimId,
                Map.of("offered", offered, "reasons", offered ? "Victim keen to meet" : "Child denies the offence",
                        "decidedOn", today().toString()))
                .then().statusCode(200);
    }

    /** A victim who was offered RJ and consents to contact and to evaluation. */
    public static String engagedVictim() {
        String id = newVictim();
        recordConsent(id, true, true);
        decideRj(id, true);
        return id;
    }

    public static Response createIntervention(String victimId, String type) {
        return Api.as(RJ).body(Map.of("victimId", victimId, "type", type,
                "plannedOn", TestClock.today().plusDays(7).toString())).post(INTERVENTIONS);
    }

    public static Response withdraw(String victimId) {
        return Api.as(RJ).header("If-Match", victimETag(victimId))
                .body(Map.of("withdrawnOn", today().toString(), "reason", "No longer wishes to take part"))
                .post(VICTIMS + "/" + victimId + "/consent-withdrawal");
    }

    public static Map<String, Object> contact(String outcome, boolean rjInformationGiven) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactedOn", today().toString());
        body.put("method", "PHONE");
        body.put("outcome", outcome);
        body.put("rjInformationGiven", rjInformationGiven);
        return body;
    }
}
