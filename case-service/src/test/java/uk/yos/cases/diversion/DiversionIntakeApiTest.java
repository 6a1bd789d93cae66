package uk.yos.cases.diversion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Concurrently;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;
import uk.yos.testsupport.Tokens;

/** {@code POST /cases/diversion-intakes}: a prevention decision opens a case, exactly once. */
@QuarkusTest
class DiversionIntakeApiTest {

    private static final String PATH = "/api/v1/cases/diversion-intakes";

    private static final String OTHER_PREVENTION_WORKER_SUBJECT = "6f1c2a80-0000-4000-8000-000000000109";

    // ---- building requests -------------------------------------------------------------------------------

    /** A 14-year-old in Kettering, with a family name no other test uses, so no recorded child matches. */
    private static Map<String, Object> newChild() {
        Map<String, Object> child = new HashMap<>();
        child.put("localReference", "PD-" + UUID.randomUUID().toString().substring(0, 12));
        child.put("pncId", null);
        child.put("givenName", "Dana");
        child.put("familyName", Fixtures.uniqueFamilyName("Intake"));
        child.put("dateOfBirth", TestClock.today().minusYears(14).minusDays(40).toString());
        child.put("gender", "FEMALE");
        child.put("ethnicity", "MIXED_OTHER");
        child.put("localityCode", "KETTERING");
        child.put("childInCare", false);
        child.put("send", false);
        child.put("ehcp", false);
        return child;
    }

    /** A youth caution for the North out-of-court team, with a fresh source reference. */
    private static Map<String, Object> intake(Map<String, Object> child) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceReference", "prevention-referral:" + UUID.randomUUID());
        body.put("caseType", "YOUTH_CAUTION");
        body.put("outcomeDate", TestClock.today().minusDays(10).toString());
        body.put("owningTeamCode", "NORTH_OOC");
        body.put("youngPerson", child);
        body.put("offences", new ArrayList<>(List.of(Fixtures.offence(TestClock.today().minusDays(40)))));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> youngPersonOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("youngPerson");
    }

    private static Response post(Map<String, Object> body) {
        return Api.as(Persona.PREVENTION_WORKER).body(body).post(PATH);
    }

    /** As a second prevention worker: another subject with the same role. */
    private static Response postAsOtherWorker(Map<String, Object> body) {
        String token = Tokens.builder(Persona.PREVENTION_WORKER).claim("sub", OTHER_PREVENTION_WORKER_SUBJECT)
                .claim("preferred_username", "prevention-worker-2").sign();
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .accept(ContentType.JSON).body(body).post(PATH);
    }

    /** A child recorded by a North case manager, with these names and the intake children's date of birth. */
    private static String recordChild(String givenName, String familyName, String pncId) {
        Map<String, Object> child = Fixtures.youngPerson("NORTH_OOC");
        child.put("givenName", givenName);
        child.put("familyName", familyName);
        child.put("dateOfBirth", TestClock.today().minusYears(14).minusDays(40).toString());
        child.put("pncId", pncId);
        return Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH, child);
    }

    /** A well-formed PNC id: YYYY/NNNNNNN and the modulus-23 check letter over YY and the serial. */
    private static String newPncId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int year = 2010 + random.nextInt(15);
        String serial = String.format("%07d", random.nextInt(10_000_000));
        long checked = Long.parseLong(String.valueOf(year).substring(2) + serial);
        return year + "/" + serial + "ZABCDEFGHJKLMNPQRTUVWXY".charAt((int) (checked % 23));
    }

    private static long casesFrom(Object sourceReference) {
        return Db.count("select count(*) from case_record where source_reference = ?", sourceReference);
    }

    private static long childrenWithReference(Object localReference) {
        return Db.count("select count(*) from young_person where local_reference = ?", localReference);
    }

    // ---- opening ------------------------------------------------------------------------------------------

    @Test
    void opensACaseForANewChildInTheOwningTeamWithoutAPrimaryCaseManager() {
        Map<String, Object> child = newChild();
        child.put("localityCode", "NORTHAMPTON");
        Map<String, Object> body = intake(child);
        body.put("owningTeamCode", "WEST_OOC"); // not the prevention worker's own team: any active team will do
        body.put("caseType", "YOUTH_CONDITIONAL_CAUTION");

        Response created = post(body);

        created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/cases/" + created.path("caseId")))
                .body("youngPersonMatched", equalTo(false))
                .body("sourceReference", equalTo(body.get("sourceReference")));
        assertEquals(Set.of("caseId", "youngPersonId", "youngPersonMatched", "sourceReference"),
                created.jsonPath().getMap("").keySet());
        String caseId = created.path("caseId");
        String childId = created.path("youngPersonId");

        Api.as(Persona.OPERATIONS_MANAGER_WEST).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("youngPersonId", equalTo(childId)).body("caseType", equalTo("YOUTH_CONDITIONAL_CAUTION"))
                .body("owningTeamCode", equalTo("WEST_OOC")).body("status", equalTo("OPEN"))
                .body("firstTimeEntrant", equalTo(true)).body("offences", hasSize(1))
                .body("currentAllocations", hasSize(0));
        Api.as(Persona.OPERATIONS_MANAGER_WEST).get("/api/v1/young-people/" + childId).then().statusCode(200)
                .body("teamCode", equalTo("WEST_OOC")).body("areaCode", equalTo("WEST"))
                .body("localReference", equalTo(child.get("localReference")))
                .body("familyName", equalTo(child.get("familyName")));
        String worker = Persona.PREVENTION_WORKER.subject();
        assertEquals(1, Db.auditRows("CREATE", "YOUNG_PERSON", childId, worker));
        assertEquals(1, Db.auditRows("OPEN", "CASE", caseId, worker));

        // The operations manager then allocates the primary case manager as for any case.
        Api.as(Persona.OPERATIONS_MANAGER_WEST).header("If-Match", "\"0\"")
                .body(Map.of("role", "PRIMARY_CASE_MANAGER", "workerId", Persona.CASE_MANAGER_WEST.subject(),
                        "startDate", TestClock.today().toString()))
                .post("/api/v1/cases/" + caseId + "/allocations").then().statusCode(201);
    }

    @Test
    void aReplayAnswers200WithTheSameBodyWhoeverSendsItAndWhateverTheBody() {
        Map<String, Object> body = intake(newChild());
        Response first = post(body);
        first.then().statusCode(201);
        Map<String, Object> firstBody = first.path("");

        Response again = post(body);
        again.then().statusCode(200);
        assertEquals(firstBody, again.path(""));

        Map<String, Object> different = intake(newChild());
        different.put("sourceReference", body.get("sourceReference"));
        different.put("caseType", "YOUTH_CONDITIONAL_CAUTION");
        Response fromAnotherWorker = postAsOtherWorker(different);
        fromAnotherWorker.then().statusCode(200);
        assertEquals(firstBody, fromAnotherWorker.path(""));

        assertEquals(1, casesFrom(body.get("sourceReference")));
        assertEquals(1, childrenWithReference(youngPersonOf(body).get("localReference")));
        assertEquals(0, childrenWithReference(youngPersonOf(different).get("localReference")));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'OPEN' and record_id = ?",
                firstBody.get("caseId")));
    }

    // Repeated: each run is one race, and the interleavings differ from run to run.
    @RepeatedTest(10)
    void concurrentIntakesForANewChildOpenOneCaseAndRecordOneChild() throws Exception {
        Map<String, Object> body = intake(newChild());

        List<Response> responses = Concurrently.run(() -> post(body), () -> postAsOtherWorker(body));

        assertOneOpenedOneReplayed(responses);
        String childId = responses.get(0).path("youngPersonId");
        assertEquals(1, casesFrom(body.get("sourceReference")));
        assertEquals(1, childrenWithReference(youngPersonOf(body).get("localReference")));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'CREATE' "
                + "and record_type = 'YOUNG_PERSON' and record_id = ?", childId));
    }

    // Repeated: each run is one race, and the interleavings differ from run to run.
    @RepeatedTest(10)
    void concurrentIntakesForARecordedChildOpenOneCase() throws Exception {
        String family = Fixtures.uniqueFamilyName("Intake");
        String childId = recordChild("Sam", family, null);
        Map<String, Object> child = newChild();
        child.put("givenName", "Sam");
        child.put("familyName", family);
        Map<String, Object> body = intake(child);

        List<Response> responses = Concurrently.run(() -> post(body), () -> postAsOtherWorker(body));

        assertOneOpenedOneReplayed(responses);
        responses.get(0).then().body("youngPersonId", equalTo(childId)).body("youngPersonMatched", equalTo(true));
        assertEquals(1, casesFrom(body.get("sourceReference")));
        assertEquals(1, Db.count("select count(*) from case_record where young_person_id = "
                + "unhex(replace(?, '-', ''))", childId));
    }

    private static void assertOneOpenedOneReplayed(List<Response> responses) {
        List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(200, 201), statuses, () -> "bodies: " + responses.stream().map(Response::asString)
                .toList());
        assertEquals(responses.get(0).<Map<String, Object>>path(""), responses.get(1).path(""));
    }

    // ---- matching the child -------------------------------------------------------------------------------

    @Test
    void matchesARecordedChildByPncIdWhateverTheNames() {
        String pncId = newPncId();
        String childId = recordChild("Alex", Fixtures.uniqueFamilyName("Intake"), pncId);
        Map<String, Object> child = newChild();
        child.put("pncId", pncId);

        post(intake(child)).then().statusCode(201)
                .body("youngPersonId", equalTo(childId)).body("youngPersonMatched", equalTo(true));
        assertEquals(0, childrenWithReference(child.get("localReference")));
    }

    @Test
    void matchesTheOnlyChildWithTheSameNamesAndBirthDateIgnoringCase() {
        String family = Fixtures.uniqueFamilyName("Intake");
        String childId = recordChild("Robin", family, null);
        Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(childId, "YOUTH_CAUTION"))
                .then().statusCode(201).body("firstTimeEntrant", equalTo(true));
        Map<String, Object> child = newChild();
        child.put("givenName", "ROBIN");
        child.put("familyName", family.toLowerCase());
        Map<String, Object> body = intake(child);
        body.put("caseType", "YOUTH_CONDITIONAL_CAUTION");

        String caseId = post(body).then().statusCode(201)
                .body("youngPersonId", equalTo(childId)).body("youngPersonMatched", equalTo(true))
                .extract().path("caseId");

        // The child's earlier caution made them a first-time entrant; this one does not.
        Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("firstTimeEntrant", equalTo(false));
        assertEquals(0, childrenWithReference(child.get("localReference")));
    }

    @Test
    void recordsANewChildRatherThanGuessWhenTheMatchIsAmbiguousOrContradicted() {
        String twins = Fixtures.uniqueFamilyName("Intake");
        String first = recordChild("Jo", twins, null);
        String second = recordChild("Jo", twins, null);
        Map<String, Object> ambiguous = newChild();
        ambiguous.put("givenName", "Jo");
        ambiguous.put("familyName", twins);
        String created = post(intake(ambiguous)).then().statusCode(201).body("youngPersonMatched", equalTo(false))
                .extract().path("youngPersonId");
        assertFalse(created.equals(first) || created.equals(second));

        // Same names and birth date, but the recorded child has another PNC id: a different child.
        String family = Fixtures.uniqueFamilyName("Intake");
        String recorded = recordChild("Kit", family, newPncId());
        Map<String, Object> contradicted = newChild();
        contradicted.put("givenName", "Kit");
        contradicted.put("familyName", family);
        contradicted.put("pncId", newPncId());
        String other = post(intake(contradicted)).then().statusCode(201).body("youngPersonMatched", equalTo(false))
                .extract().path("youngPersonId");
        assertFalse(other.equals(recorded));
    }

    // ---- refusals -----------------------------------------------------------------------------------------

    @Test
    void rejectsInvalidInputNamingEachFieldAndWritesNothing() {
        String source = "prevention-referral:" + UUID.randomUUID();
        long children = Db.rows("young_person");
        long cases = Db.rows("case_record");

        Map<String, Consumer<Map<String, Object>>> mistakes = new LinkedHashMap<>();
        mistakes.put("caseType", body -> body.put("caseType", "REFERRAL_ORDER"));
        mistakes.put("sourceReference", body -> body.put("sourceReference", "x".repeat(81)));
        mistakes.put("outcomeDate", body -> body.put("outcomeDate", TestClock.today().plusDays(2).toString()));
        mistakes.put("owningTeamCode", body -> body.put("owningTeamCode", "ATLANTIS"));
        mistakes.put("youngPerson.pncId", body -> youngPersonOf(body).put("pncId", "2024/0012345X"));
        mistakes.put("youngPerson.localityCode", body -> youngPersonOf(body).put("localityCode", "ATLANTIS"));
        mistakes.put("youngPerson.dateOfBirth",
                body -> youngPersonOf(body).put("dateOfBirth", TestClock.today().minusYears(6).toString()));
        mistakes.put("youngPerson.ethnicity", body -> youngPersonOf(body).put("ethnicity", "MARTIAN"));
        mistakes.put("offences[0].offenceTypeCode",
                body -> body.put("offences", List.of(withOffence("offenceTypeCode", "JAYWALKING"))));
        mistakes.put("offences[0].gravityScore", body -> body.put("offences", List.of(withOffence("gravityScore", 9))));
        mistakes.put("offences[0].offenceDate", body -> body.put("offences",
                List.of(withOffence("offenceDate", TestClock.today().minusYears(5).toString())))); // aged 9
        mistakes.forEach((field, mistake) -> {
            Map<String, Object> body = intake(newChild());
            body.put("sourceReference", source);
            mistake.accept(body);
            assertValidationProblem(post(body), field);
        });

        Map<String, Object> incomplete = intake(newChild());
        incomplete.remove("sourceReference");
        incomplete.put("offences", List.of());
        youngPersonOf(incomplete).put("givenName", " ");
        youngPersonOf(incomplete).remove("gender");
        assertValidationProblem(post(incomplete), "sourceReference", "offences", "youngPerson.givenName",
                "youngPerson.gender");

        assertEquals(children, Db.rows("young_person"));
        assertEquals(cases, Db.rows("case_record"));
        // Nothing was kept under the source reference, so a correct request for it still opens the case.
        Map<String, Object> correct = intake(newChild());
        correct.put("sourceReference", source);
        post(correct).then().statusCode(201);
    }

    private static Map<String, Object> withOffence(String field, Object value) {
        Map<String, Object> offence = Fixtures.offence(TestClock.today().minusDays(40));
        offence.put(field, value);
        return offence;
    }

    @Test
    void theChildsDetailsAreCheckedEvenWhenARecordedChildMatches() {
        String family = Fixtures.uniqueFamilyName("Intake");
        recordChild("Lee", family, null);
        Map<String, Object> child = newChild();
        child.put("givenName", "Lee");
        child.put("familyName", family);
        child.put("localityCode", "ATLANTIS");
        Map<String, Object> body = intake(child);

        assertValidationProblem(post(body), "youngPerson.localityCode");
        assertEquals(0, casesFrom(body.get("sourceReference")));
    }

    @Test
    void aLocalReferenceTakenByAnotherChildIsAConflict() {
        Map<String, Object> recorded = Fixtures.youngPerson("NORTH_OOC");
        Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH, recorded);
        Map<String, Object> child = newChild();
        child.put("localReference", recorded.get("localReference"));
        Map<String, Object> body = intake(child);

        assertProblem(post(body), 409);
        assertEquals(0, casesFrom(body.get("sourceReference")));
        assertEquals(1, childrenWithReference(recorded.get("localReference")));
    }

    @Test
    void onlyAPreventionWorkerMayOpenAnIntake() {
        Map<String, Object> body = intake(newChild());
        assertProblem(Api.anonymous().body(body).post(PATH), 401);
        for (Persona persona : Persona.values()) {
            if (persona != Persona.PREVENTION_WORKER) {
                assertProblem(Api.as(persona).body(body).post(PATH), 403);
            }
        }
        assertEquals(0, casesFrom(body.get("sourceReference")));
        assertEquals(0, childrenWithReference(youngPersonOf(body).get("localReference")));
    }
}
