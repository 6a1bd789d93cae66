package uk.yos.victims.victim;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

@QuarkusTest
class VictimApiTest extends StubbedCaseService {

    private static final String PATH = Fixtures.VICTIMS;
    private static final String RJ_SUBJECT = Persona.RJ_WORKER.subject();

    @Test
    void recordsAVictimAfterCheckingTheCaseWithTheCallersTokenAndReadsItBack() {
        CaseReference reference = Fixtures.visibleCase();
        Map<String, Object> body = Fixtures.victim(reference);
        Response created = Api.as(Persona.RJ_WORKER).header("X-Request-Id", "create-victim-1").body(body).post(PATH);
        String id = created.then().statusCode(201)
                .header("Location", endsWith(PATH + "/" + created.path("id")))
                .header("ETag", "\"0\"")
                .body("caseId", Matchers.equalTo(reference.id().toString()))
                .body("offenceId", Matchers.equalTo(reference.firstOffence().id().toString()))
                .body("contactDetails.phone", Matchers.equalTo(body.get("phone")))
                .body("contactDetails.email", Matchers.equalTo("sam.victim@example.org"))
                .body("enhancedRights.enhanced", Matchers.equalTo(false))
                .body("rjDecision.offered", nullValue())
                .extract().path("id");

        CaseServiceStub.server().verify(1, getRequestedFor(CaseServiceStub.summaryPath(reference.id()))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+"))
                .withHeader("X-Request-Id", equalTo("create-victim-1")));
        String forwarded = CaseServiceStub.server().findAll(getRequestedFor(CaseServiceStub.summaryPath(reference.id())))
                .get(0).getHeader("Authorization");
        assertEquals(Persona.RJ_WORKER.subject(), subjectOf(forwarded.substring("Bearer ".length())));

        Api.as(Persona.RJ_WORKER).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("givenName", Matchers.equalTo("Sam"))
                .body("familyName", Matchers.equalTo(body.get("familyName")))
                .body("contactDetails.address", Matchers.equalTo("1 High Street, Kettering NN16 0AA"));
        assertEquals(1, Db.auditRows("CREATE", "VICTIM", id, RJ_SUBJECT));
        assertEquals(1, Db.auditRows("READ", "VICTIM", id, RJ_SUBJECT));
        assertEquals(1, Db.count("select count(*) from audit_event where record_id = ? and action = 'CREATE' "
                + "and child_id = " + Db.UUID_PARAM, id, reference.youngPersonId().toString()));
    }

    @Test
    void everyReadOfTheRecordIsAudited() {
        String id = Fixtures.newVictim();
        for (int i = 0; i < 3; i++) {
            Api.as(Persona.RJ_WORKER).get(PATH + "/" + id).then().statusCode(200);
        }
        assertEquals(3, Db.auditRows("READ", "VICTIM", id, RJ_SUBJECT));
    }

    @Test
    void aCaseTheCallerCannotReferToIsUnprocessableNamingCaseId() {
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        CaseServiceStub.caseNotVisible(reference.id());
        Map<String, Long> before = Db.snapshot();
        JsonPath problem = assertProblem(Fixtures.createVictimAs(Persona.RJ_WORKER, Fixtures.victim(reference)), 422);
        assertEquals(List.of("caseId"), problem.getList("errors.field"));
        assertEquals(before, Db.snapshot());
    }

    @Test
    void anOffenceNotOnTheCaseIsUnprocessableNamingOffenceId() {
        CaseReference reference = Fixtures.visibleCase();
        Map<String, Object> body = Fixtures.victim(reference);
        body.put("offenceId", UUID.randomUUID().toString());
        Map<String, Long> before = Db.snapshot();
        JsonPath problem = assertProblem(Fixtures.createVictimAs(Persona.RJ_WORKER, body), 422);
        assertEquals(List.of("offenceId"), problem.getList("errors.field"));
        assertEquals(before, Db.snapshot());
    }

    @Test
    void theVictimCanBeLinkedToAnyOfTheCasesOffences() {
        CaseReference reference = CaseReference.open("YOUTH_CAUTION")
                .withOffence(new CaseServiceStub.Offence(UUID.randomUUID(), "CRIMINAL_DAMAGE",
                        TestClock.today().minusDays(30), 3));
        CaseServiceStub.caseVisible(reference);
        Map<String, Object> body = Fixtures.victim(reference);
        body.put("offenceId", reference.offences().get(1).id().toString());
        Fixtures.createVictimAs(Persona.RJ_WORKER, body).then().statusCode(201)
                .body("offenceId", Matchers.equalTo(reference.offences().get(1).id().toString()));
    }

    @Test
    void fieldsCaseServiceAddsLaterDoNotBreakTheCheck() {
        CaseReference reference = CaseReference.open("YOUTH_REHABILITATION_ORDER");
        CaseServiceStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                CaseServiceStub.summaryPath(reference.id())).willReturn(
                        com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody(withFieldsAddedLater(reference))));
        Fixtures.createVictimAs(Persona.RJ_WORKER, Fixtures.victim(reference)).then().statusCode(201);
    }

    /**
     * The contract's answer for this case as case-service might send it one day: a case type this service has never
     * heard of, and a property on the case and on each offence that the contract does not declare.
     */
    private static String withFieldsAddedLater(CaseReference reference) {
        uk.yos.cases.contract.CaseReference contract = reference.toContract();
        ObjectNode json;
        try {
            json = (ObjectNode) new ObjectMapper().readTree(CaseServiceStub.json(new uk.yos.cases.contract.CaseReference(
                    contract.id(), contract.youngPersonId(), "A_NEW_CASE_TYPE", contract.category(),
                    contract.status(), contract.owningTeamCode(), contract.outcomeDate(), contract.offences())));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        json.put("riskLevel", "HIGH");
        json.withArray("offences").forEach(offence -> ((ObjectNode) offence).put("weapon", false));
        return json.toString();
    }

    @Test
    void twoChangesMadeWithTheSameETagNeverBothSucceed() throws Exception {
        String id = Fixtures.newVictim();
        java.util.concurrent.Callable<Integer> consent = () -> Api.as(Persona.RJ_WORKER).header("If-Match", "\"0\"")
                .body(Fixtures.consent(true, false)).put(PATH + "/" + id + "/consent").statusCode();
        java.util.concurrent.Callable<Integer> decision = () -> Api.as(Persona.RJ_WORKER).header("If-Match", "\"0\"")
                .body(Map.of("offered", true, "reasons", "Suitable", "decidedOn", Fixtures.today().toString()))
                .put(PATH + "/" + id + "/rj-decision").statusCode();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> result : pool.invokeAll(List.of(consent, decision))) {
                statuses.add(result.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        Api.as(Persona.RJ_WORKER).get(PATH + "/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyRecordOneVictim() throws Exception {
        Map<String, Object> body = Fixtures.victim(Fixtures.visibleCase());
        String key = "concurrent-" + UUID.randomUUID();
        java.util.concurrent.Callable<String> create = () -> Api.as(Persona.RJ_WORKER).header("Idempotency-Key", key)
                .body(body).post(PATH).then().statusCode(201).extract().path("id");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<String> ids = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> result : pool.invokeAll(List.of(create, create, create))) {
                ids.add(result.get());
            }
            assertEquals(1, ids.stream().distinct().count(), "one victim: " + ids);
            assertEquals(1, Db.count("select count(*) from victim where family_name = ?", body.get("familyName")));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidInputIsABadRequestNamingTheFieldsAndNeverAsksCaseService() {
        CaseReference reference = Fixtures.visibleCase();
        Map<String, Long> before = Db.snapshot();

        Map<String, Object> body = Fixtures.victim(reference);
        body.remove("caseId");
        body.put("givenName", " ");
        body.put("referredOn", TestClock.today().plusDays(1).toString());
        body.put("email", "not-an-email");
        body.put("phone", "call me");
        assertValidationProblem(Fixtures.createVictimAs(Persona.RJ_WORKER, body), "caseId", "givenName",
                "referredOn", "email", "phone");

        body = Fixtures.victim(reference);
        body.put("preferredContactMethod", "CARRIER_PIGEON");
        assertValidationProblem(Fixtures.createVictimAs(Persona.RJ_WORKER, body), "preferredContactMethod");

        body = Fixtures.victim(reference);
        body.put("familyName", "x".repeat(101));
        body.put("vulnerableOrIntimidated", null);
        assertValidationProblem(Fixtures.createVictimAs(Persona.RJ_WORKER, body), "familyName",
                "vulnerableOrIntimidated");

        CaseServiceStub.server().verify(0, getRequestedFor(CaseServiceStub.summaryPath(reference.id())));

        body = Fixtures.victim(reference);
        body.put("preferredContactMethod", "EMAIL");
        body.remove("email");
        assertValidationProblem(Fixtures.createVictimAs(Persona.RJ_WORKER, body), "email");

        body = Fixtures.victim(reference);
        body.put("referredOn", reference.firstOffence().offenceDate().minusDays(1).toString());
        assertValidationProblem(Fixtures.createVictimAs(Persona.RJ_WORKER, body), "referredOn");
        assertEquals(before, Db.snapshot());
    }

    @Test
    void underEighteenComesFromTheDateOfBirthOnTheReferralDate() {
        CaseReference reference = Fixtures.visibleCase();
        LocalDate referredOn = TestClock.today().minusDays(3);
        Map<String, Object> body = Fixtures.victim(reference);
        body.put("dateOfBirth", referredOn.minusYears(18).plusDays(1).toString());
        Fixtures.createVictimAs(Persona.RJ_WORKER, body).then().statusCode(201)
                .body("enhancedRights.underEighteen", Matchers.equalTo(true))
                .body("enhancedRights.enhanced", Matchers.equalTo(true));

        body = Fixtures.victim(reference);
        body.put("dateOfBirth", referredOn.minusYears(18).toString());
        Fixtures.createVictimAs(Persona.RJ_WORKER, body).then().statusCode(201)
                .body("enhancedRights.underEighteen", Matchers.equalTo(false));

        body.put("underEighteen", true);
        assertValidationProblem(Fixtures.createVictimAs(Persona.RJ_WORKER, body), "underEighteen");

        body = Fixtures.victim(reference);
        body.remove("dateOfBirth");
        body.put("underEighteen", true);
        Fixtures.createVictimAs(Persona.RJ_WORKER, body).then().statusCode(201)
                .body("dateOfBirth", nullValue()).body("enhancedRights.underEighteen", Matchers.equalTo(true));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstResponseAndADifferentBodyIsUnprocessable() {
        CaseReference reference = Fixtures.visibleCase();
        Map<String, Object> body = Fixtures.victim(reference);
        String key = "victim-" + UUID.randomUUID();
        String first = Api.as(Persona.RJ_WORKER).header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(201).extract().path("id");
        long victims = Db.rows("victim");

        Api.as(Persona.RJ_WORKER).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", endsWith(PATH + "/" + first))
                .body("id", Matchers.equalTo(first));
        assertEquals(victims, Db.rows("victim"));
        assertEquals(1, Db.auditRows("CREATE", "VICTIM", first, RJ_SUBJECT));

        body.put("givenName", "Someone else");
        assertProblem(Api.as(Persona.RJ_WORKER).header("Idempotency-Key", key).body(body).post(PATH), 422);
        assertEquals(victims, Db.rows("victim"));
    }

    @Test
    void correctingDetailsNeedsTheCurrentETagAndMovesTheDueDate() {
        CaseReference reference = Fixtures.visibleCase();
        Map<String, Object> body = Fixtures.victim(reference);
        String id = Fixtures.createVictim(body);
        String before = Api.as(Persona.RJ_WORKER).get(PATH + "/" + id).then().extract().path("rjInformation.dueDate");

        body.remove("caseId");
        body.remove("offenceId");
        body.put("vulnerableOrIntimidated", true);
        body.put("phone", "07700 900123");
        String after = Api.as(Persona.RJ_WORKER).header("If-Match", "\"0\"").body(body).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("enhancedRights.vulnerableOrIntimidated", Matchers.equalTo(true))
                .body("contactDetails.phone", Matchers.equalTo("07700 900123"))
                .extract().path("rjInformation.dueDate");
        assertTrue(LocalDate.parse(after).isBefore(LocalDate.parse(before)), "an enhanced-rights victim is due "
                + "sooner: " + after + " against " + before);
        assertEquals(1, Db.auditRows("UPDATE", "VICTIM", id, RJ_SUBJECT));

        body.put("caseId", UUID.randomUUID().toString());
        assertValidationProblem(Api.as(Persona.RJ_WORKER).header("If-Match", "\"1\"").body(body)
                .put(PATH + "/" + id), "caseId");
    }

    @Test
    void searchesByCaseAndNameAndAuditsTheSearchWithoutContactDetails() {
        CaseReference reference = Fixtures.visibleCase();
        Map<String, Object> body = Fixtures.victim(reference);
        String id = Fixtures.createVictim(body);
        String other = Fixtures.newVictim();
        long searches = Db.count("select count(*) from audit_event where action = 'SEARCH' and record_type = 'VICTIM' "
                + "and subject = ?", RJ_SUBJECT);

        String requestId = "victim-search-" + UUID.randomUUID();
        Api.as(Persona.RJ_WORKER).header("X-Request-Id", requestId).queryParam("caseId", reference.id().toString())
                .get(PATH).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", Matchers.equalTo(id))
                .body("items[0].phone", nullValue()).body("items[0].contactDetails", nullValue())
                .body("totalItems", Matchers.equalTo(1));
        String familyName = (String) body.get("familyName");
        Api.as(Persona.RJ_WORKER).queryParam("name", familyName.substring(0, 10).toLowerCase()).get(PATH).then()
                .statusCode(200).body("items.id", hasItem(id)).body("items.id", not(hasItem(other)));
        assertValidationProblem(Api.as(Persona.RJ_WORKER).queryParam("size", 101).get(PATH), "size");
        assertValidationProblem(Api.as(Persona.RJ_WORKER).queryParam("sort", "phone").get(PATH), "sort");

        assertEquals(searches + 2, Db.count("select count(*) from audit_event where action = 'SEARCH' "
                + "and record_type = 'VICTIM' and subject = ?", RJ_SUBJECT));
        String detail = Db.string("select detail from audit_event where request_id = ? and action = 'SEARCH'",
                requestId);
        assertEquals("filters=[caseId] results=1", detail);
    }

    @Test
    void nobodyButTheRjTeamReadsAVictimsRecord() {
        String id = Fixtures.newVictim();
        for (Persona persona : List.of(Persona.CASE_MANAGER_NORTH, Persona.HEAD_OF_SERVICE,
                Persona.PANEL_COORDINATOR, Persona.OPERATIONS_MANAGER_NORTH)) {
            assertProblem(Api.as(persona).get(PATH + "/" + id), 403);
            assertProblem(Api.as(persona).get(PATH + "/" + id + "/contacts"), 403);
        }
        assertEquals(0, Db.count("select count(*) from audit_event where record_id = ? and action = 'READ'", id));
    }

    private static String subjectOf(String jwt) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }
}
