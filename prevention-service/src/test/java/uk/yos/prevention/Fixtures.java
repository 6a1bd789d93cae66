package uk.yos.prevention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/** Builds records through the API, as a user would. */
public final class Fixtures {

    public static final String PATH = "/api/v1/prevention-referrals";
    public static final String POLICE_ORGANISATION = Persona.POLICE_REFERRER.organisation();

    private Fixtures() {
    }

    public static String uniqueKey() {
        return "k-" + UUID.randomUUID();
    }

    public static LocalDate receivedOn() {
        return TestClock.today().minusDays(3);
    }

    /** A 14-year-old, as the police know them. */
    public static Map<String, Object> child() {
        Map<String, Object> child = new HashMap<>();
        child.put("givenName", "Alex");
        child.put("familyName", "Testchild");
        child.put("dateOfBirth", TestClock.today().minusYears(14).minusDays(40).toString());
        child.put("gender", "MALE");
        child.put("school", "Kettering Example Academy");
        return child;
    }

    public static Map<String, Object> offence() {
        Map<String, Object> offence = new HashMap<>();
        offence.put("offenceTypeCode", "THEFT");
        offence.put("description", "Shoplifting from a supermarket");
        offence.put("offenceDate", TestClock.today().minusDays(10).toString());
        offence.put("gravityScore", 2);
        offence.put("outcomeConsidered", "YOUTH_CAUTION");
        return offence;
    }

    /** A prevention worker's record of a police diversion referral about an offence, received three days ago. */
    public static Map<String, Object> offenceReferral() {
        Map<String, Object> body = new HashMap<>();
        body.put("source", "POLICE");
        body.put("referringOrganisation", POLICE_ORGANISATION);
        body.put("referrer", Map.of("name", "PC 1234 Jane Smith", "contact", "jane.smith@police.example"));
        body.put("receivedOn", receivedOn().toString());
        body.put("child", child());
        Map<String, Object> reason = new HashMap<>();
        reason.put("type", "OFFENCE");
        reason.put("offence", offence());
        body.put("reason", reason);
        return body;
    }

    /** A school's prevention referral about risks, received three days ago. */
    public static Map<String, Object> riskReferral() {
        Map<String, Object> body = offenceReferral();
        body.put("source", "SCHOOL");
        body.put("referringOrganisation", "KETTERING_EXAMPLE_ACADEMY");
        Map<String, Object> reason = new HashMap<>();
        reason.put("type", "RISK");
        reason.put("risk", Map.of("categories", List.of("KNIFE_CARRYING", "CRIMINAL_EXPLOITATION"),
                "detail", "Seen with older youths linked to county lines"));
        body.put("reason", reason);
        return body;
    }

    /** What a police referrer sends: no source, organisation or date, which come from the token and the day. */
    public static Map<String, Object> policeReferral() {
        Map<String, Object> body = offenceReferral();
        body.remove("source");
        body.remove("referringOrganisation");
        body.remove("receivedOn");
        return body;
    }

    public static Response create(Persona as, Map<String, Object> body) {
        return Api.as(as).header("Idempotency-Key", uniqueKey()).body(body).post(PATH);
    }

    public static String createOffenceReferral() {
        return create(Persona.PREVENTION_WORKER, offenceReferral()).then().statusCode(201).extract().path("id");
    }

    public static String createRiskReferral() {
        return create(Persona.PREVENTION_WORKER, riskReferral()).then().statusCode(201).extract().path("id");
    }

    /** Complete triage: assessment and PaDAT done, CAMHS screened, consent given, the child's case details known. */
    public static Map<String, Object> triage() {
        String yesterday = TestClock.today().minusDays(1).toString();
        Map<String, Object> body = new HashMap<>();
        body.put("assessmentCompletedOn", yesterday);
        body.put("notes", "Seen at home with parent; engaged well");
        body.put("padatCompletedOn", yesterday);
        body.put("camhsScreening", Map.of("screenedOn", yesterday, "outcome", "NO_CONCERNS_IDENTIFIED"));
        body.put("voluntaryWorkConsent", "GIVEN");
        body.put("consentRecordedOn", yesterday);
        body.put("child", childCaseDetails());
        return body;
    }

    public static Map<String, Object> childCaseDetails() {
        return Map.of("ethnicity", "WHITE_BRITISH", "localityCode", "KETTERING", "childInCare", false,
                "send", true, "ehcp", false);
    }

    public static String etag(String id) {
        return Api.as(Persona.PREVENTION_WORKER).get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Reads the ETag first (an audited read), then records triage. */
    public static Response recordTriage(String id, Map<String, Object> body) {
        return recordTriage(id, etag(id), body);
    }

    public static Response recordTriage(String id, String etag, Map<String, Object> body) {
        return Api.as(Persona.PREVENTION_WORKER).header("If-Match", etag).body(body).put(PATH + "/" + id + "/triage");
    }

    /** An offence referral with complete triage, ready for a decision; its ETag is "1". */
    public static String triagedOffenceReferral() {
        String id = createOffenceReferral();
        recordTriage(id, "\"0\"", triage()).then().statusCode(200).header("ETag", "\"1\"");
        return id;
    }

    public static Map<String, Object> decision(String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("reasons", "First offence, admitted; good engagement at assessment");
        body.put("decidedOn", TestClock.today().toString());
        body.put("panel", new ArrayList<>(List.of(
                Map.of("name", "Sgt Sam Jones", "agency", "POLICE", "role", "Decision maker"),
                Map.of("name", "Pat Worker", "agency", "YOS"))));
        return body;
    }

    public static Response decide(Persona as, String id, String etag, Map<String, Object> body) {
        return Api.as(as).header("If-Match", etag).body(body).post(PATH + "/" + id + "/decision");
    }

    public static Response close(String id, String etag, Map<String, Object> body) {
        return Api.as(Persona.PREVENTION_WORKER).header("If-Match", etag).body(body).post(PATH + "/" + id + "/closure");
    }

    public static Map<String, Object> closure(String outcome) {
        return Map.of("closedOn", TestClock.today().toString(), "outcome", outcome);
    }
}
