package uk.yos.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/** Builds records through the API, as a user would, with unique references so tests do not collide. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueReference() {
        return "T-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A family name no other test uses (a name search then finds only the children given it). */
    public static String uniqueFamilyName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid young-person body: a 14-year-old in Kettering (North) for the North out-of-court team. */
    public static Map<String, Object> youngPerson(String teamCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("localReference", uniqueReference());
        body.put("givenName", "Alex");
        body.put("familyName", "Testperson");
        body.put("dateOfBirth", TestClock.today().minusYears(14).minusDays(40).toString());
        body.put("gender", "MALE");
        body.put("ethnicity", "WHITE_BRITISH");
        body.put("localityCode", teamCode.startsWith("WEST") ? "NORTHAMPTON" : "KETTERING");
        body.put("teamCode", teamCode);
        body.put("childInCare", false);
        body.put("send", true);
        body.put("ehcp", false);
        return body;
    }

    public static String createYoungPerson(Persona as, Map<String, Object> body) {
        return Api.as(as).body(body).post("/api/v1/young-people").then().statusCode(201).extract().path("id");
    }

    public static String createYoungPerson(Persona as) {
        String team = as.team().orElseThrow();
        return createYoungPerson(as, youngPerson(team));
    }

    public static Map<String, Object> offence(LocalDate date) {
        Map<String, Object> offence = new HashMap<>();
        offence.put("offenceTypeCode", "THEFT");
        offence.put("description", "Shoplifting");
        offence.put("gravityScore", 2);
        offence.put("offenceDate", date.toString());
        return offence;
    }

    /** An out-of-court case for a child made by {@link #youngPerson}, offence a month before the outcome. */
    public static Map<String, Object> openCase(String youngPersonId, String caseType) {
        Map<String, Object> body = new HashMap<>();
        body.put("youngPersonId", youngPersonId);
        body.put("caseType", caseType);
        body.put("outcomeDate", TestClock.today().minusDays(10).toString());
        body.put("offences", new ArrayList<>(List.of(offence(TestClock.today().minusDays(40)))));
        return body;
    }

    /** Opens a case; the case-holding personas are registered staff first (see {@link StaffFixtures}). */
    public static Response openCaseAs(Persona as, Map<String, Object> body) {
        StaffFixtures.personasRegistered();
        return Api.as(as).body(body).post("/api/v1/cases");
    }

    /** Opens a youth caution for a new child of the persona's team; the persona must be a case manager. */
    public static String newCase(Persona caseManager) {
        String child = createYoungPerson(caseManager);
        return openCaseAs(caseManager, openCase(child, "YOUTH_CAUTION")).then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> worker(Persona persona) {
        return Map.of("workerId", persona.subject());
    }

    public static String etag(String path, Persona as) {
        return Api.as(as).get(path).then().statusCode(200).extract().header("ETag");
    }
}
