package uk.yos.prevention.decision;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import uk.yos.cases.contract.DiversionIntake;
import uk.yos.prevention.Api;
import uk.yos.prevention.Db;
import uk.yos.prevention.Fixtures;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.Concurrently;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;
import uk.yos.testsupport.Tokens;

@QuarkusTest
class DecisionApiTest {

    private static final String PATH = Fixtures.PATH;
    private static final String INTAKES = "/api/v1/cases/diversion-intakes";
    private static final Persona WORKER = Persona.PREVENTION_WORKER;

    @BeforeEach
    void reset() {
        CaseServiceStub.reset();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void noFurtherActionIsRecordedWithoutCallingCaseService() {
        String id = Fixtures.triagedOffenceReferral();
        Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("NO_FURTHER_ACTION")).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("NO_FURTHER_ACTION"))
                .body("decision.reasons", equalTo("First offence, admitted; good engagement at assessment"))
                .body("decision.decidedOn", equalTo(TestClock.today().toString()))
                .body("decision.panel", hasSize(2))
                .body("decision.panel[0].agency", equalTo("POLICE"))
                .body("decision.panel[0].role", equalTo("Decision maker"))
                .body("decision.panel[1].role", nullValue())
                .body("decision.caseId", nullValue())
                .body("decision.recordedBy", equalTo(WORKER.username()));
        assertEquals(0, intakeRequests().size());
        assertEquals(1, Db.auditRows("DECIDE", id, WORKER.subject()));
        Api.as(Persona.POLICE_REFERRER).get(PATH + "/" + id + "/status").then().statusCode(200)
                .body("decisionOutcome", equalTo("NO_FURTHER_ACTION"))
                .body("decidedOn", equalTo(TestClock.today().toString()))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("decision")));
    }

    @Test
    void aYouthCautionOpensACaseWithTheCallersTokenAndRequestIdThenRecordsIt() {
        String id = Fixtures.triagedOffenceReferral();
        String reference = Api.as(WORKER).get(PATH + "/" + id).path("reference");
        UUID caseId = UUID.randomUUID();
        UUID youngPersonId = UUID.randomUUID();
        intakeAnswers(201, caseId, youngPersonId, false, id);
        String token = WORKER.token();

        Api.withToken(token).header("X-Request-Id", "decision-trace-" + id.substring(0, 8)).header("If-Match", "\"1\"")
                .body(Fixtures.decision("YOUTH_CAUTION")).post(PATH + "/" + id + "/decision")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("YOUTH_CAUTION"))
                .body("decision.caseId", equalTo(caseId.toString()))
                .body("decision.youngPersonId", equalTo(youngPersonId.toString()))
                .body("decision.youngPersonMatched", equalTo(false))
                .body("decision.caseTeamCode", equalTo("NORTH_OOC"));

        List<LoggedRequest> intakes = intakeRequests();
        assertEquals(1, intakes.size());
        LoggedRequest intake = intakes.get(0);
        assertEquals("Bearer " + token, intake.getHeader("Authorization"), "the caller's own token is passed on");
        assertEquals("decision-trace-" + id.substring(0, 8), intake.getHeader("X-Request-Id"));
        JsonPath body = JsonPath.from(intake.getBodyAsString());
        assertEquals("prevention-referral:" + id, body.getString("sourceReference"));
        assertEquals("YOUTH_CAUTION", body.getString("caseType"));
        assertEquals(TestClock.today().toString(), body.getString("outcomeDate"));
        assertEquals("NORTH_OOC", body.getString("owningTeamCode"));
        assertEquals(reference, body.getString("youngPerson.localReference"));
        assertEquals("Alex", body.getString("youngPerson.givenName"));
        assertEquals("Testchild", body.getString("youngPerson.familyName"));
        assertEquals(Fixtures.child().get("dateOfBirth"), body.getString("youngPerson.dateOfBirth"));
        assertEquals("MALE", body.getString("youngPerson.gender"));
        assertEquals("WHITE_BRITISH", body.getString("youngPerson.ethnicity"));
        assertEquals("KETTERING", body.getString("youngPerson.localityCode"));
        assertEquals(Boolean.TRUE, body.get("youngPerson.send"));
        assertEquals(Boolean.FALSE, body.get("youngPerson.childInCare"));
        assertEquals(1, body.getList("offences").size());
        assertEquals("THEFT", body.getString("offences[0].offenceTypeCode"));
        assertEquals(2, body.getInt("offences[0].gravityScore"));
        assertEquals(Fixtures.offence().get("offenceDate"), body.getString("offences[0].offenceDate"));
        assertEquals(Map.of("sourceReference", 0, "caseType", 0, "outcomeDate", 0, "owningTeamCode", 0,
                "youngPerson", 0, "offences", 0).keySet(), body.getMap("$").keySet(),
                "exactly the contract's fields: case-service refuses unknown ones");

        assertEquals(1, Db.count("select count(*) from prevention_referral where case_id = unhex(replace(?, '-', ''))",
                caseId.toString()));
        assertEquals(1, Db.auditRows("DECIDE", id, WORKER.subject()));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'DECIDE' and record_id = ? "
                + "and child_id = unhex(replace(?, '-', ''))", id, youngPersonId.toString()));
    }

    @Test
    void aYouthConditionalCautionUsesTheTeamTheDecisionNames() {
        String id = Fixtures.triagedOffenceReferral();
        intakeAnswers(201, UUID.randomUUID(), UUID.randomUUID(), true, id);
        Map<String, Object> decision = Fixtures.decision("YOUTH_CONDITIONAL_CAUTION");
        decision.put("owningTeamCode", "WEST_OOC");
        Fixtures.decide(WORKER, id, "\"1\"", decision).then().statusCode(200)
                .body("decision.youngPersonMatched", equalTo(true)).body("decision.caseTeamCode", equalTo("WEST_OOC"));
        JsonPath body = JsonPath.from(intakeRequests().get(0).getBodyAsString());
        assertEquals("YOUTH_CONDITIONAL_CAUTION", body.getString("caseType"));
        assertEquals("WEST_OOC", body.getString("owningTeamCode"));
    }

    @Test
    void aDecisionOnceRecordedNeverChangesAndFreezesTheTriage() {
        String id = Fixtures.triagedOffenceReferral();
        intakeAnswers(201, UUID.randomUUID(), UUID.randomUUID(), false, id);
        Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")).then().statusCode(200);
        String before = Db.snapshot();
        assertProblem(Fixtures.decide(WORKER, id, "\"2\"", Fixtures.decision("YOUTH_CAUTION")), 409);
        assertProblem(Fixtures.decide(WORKER, id, "\"2\"", Fixtures.decision("CHARGE")), 409);
        assertProblem(Fixtures.recordTriage(id, "\"2\"", Fixtures.triage()), 409);
        assertEquals(before, Db.snapshot());
        assertEquals(1, intakeRequests().size(), "a recorded decision never calls case-service again");
    }

    @Test
    void whenCaseServiceIsDownTheDecisionIs503AndNothingIsWrittenUntilItIsBack() {
        String id = Fixtures.triagedOffenceReferral();
        CaseServiceStub.down();
        String before = Db.snapshot();
        Response refused = Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION"));
        assertProblem(refused, 503);
        assertTrue(refused.header("Retry-After") != null, "Retry-After tells the caller when to try again");
        assertEquals(before, Db.snapshot());
        Api.as(WORKER).get(PATH + "/" + id + "/status").then().statusCode(200).body("status", equalTo("TRIAGED"))
                .body("decisionOutcome", nullValue());

        CaseServiceStub.reset();
        UUID caseId = UUID.randomUUID();
        intakeAnswers(201, caseId, UUID.randomUUID(), false, id);
        Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")).then().statusCode(200)
                .body("decision.caseId", equalTo(caseId.toString()));
    }

    @Test
    void whenCaseServiceFailsTheDecisionIs503WithoutItsInternals() {
        String id = Fixtures.triagedOffenceReferral();
        CaseServiceStub.failing();
        String before = Db.snapshot();
        Response refused = Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CONDITIONAL_CAUTION"));
        assertProblem(refused, 503);
        assertFalse(refused.asString().contains("upstream internals"));
        assertEquals(before, Db.snapshot());
        assertEquals(1, intakeRequests().size(), "a write is never retried automatically");
    }

    @Test
    void whenCaseServiceIsSlowTheDecisionTimesOutAs503AndNothingIsWritten() {
        String id = Fixtures.triagedOffenceReferral();
        CaseServiceStub.server().stubFor(post(urlPathEqualTo(INTAKES)).willReturn(intakeResponse(201,
                UUID.randomUUID(), UUID.randomUUID(), false, id).withFixedDelay(6_000)));
        String before = Db.snapshot();
        assertProblem(Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")), 503);
        assertEquals(before, Db.snapshot());
    }

    @Test
    void whenCaseServiceAnswersWithoutTheContractsFieldsTheDecisionIs503AndNothingIsWritten() {
        String id = Fixtures.triagedOffenceReferral();
        CaseServiceStub.diversionIntakeAnswers(201,
                new DiversionIntake(UUID.randomUUID(), null, false, "prevention-referral:" + id));
        String before = Db.snapshot();
        assertProblem(Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")), 503);
        assertEquals(before, Db.snapshot());

        CaseServiceStub.reset();
        CaseServiceStub.server().stubFor(post(urlPathEqualTo(INTAKES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        assertProblem(Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")), 503);
        assertEquals(before, Db.snapshot());
    }

    @Test
    void aRetryAfterALostAnswerRecordsTheSameCaseAndCaseServiceSeesOneSourceReference() {
        String id = Fixtures.triagedOffenceReferral();
        UUID caseId = UUID.randomUUID();
        UUID youngPersonId = UUID.randomUUID();
        // case-service opens the case on the first call, but the answer never arrives; it answers every later call
        // for the same sourceReference with that case (200), as the contract says.
        CaseServiceStub.server().stubFor(post(urlPathEqualTo(INTAKES)).inScenario("lost answer")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("opened"));
        CaseServiceStub.server().stubFor(post(urlPathEqualTo(INTAKES)).inScenario("lost answer")
                .whenScenarioStateIs("opened")
                .willReturn(intakeResponse(200, caseId, youngPersonId, true, id)));
        String before = Db.snapshot();

        assertProblem(Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")), 503);
        assertEquals(before, Db.snapshot(), "nothing written while the answer was lost");

        // Another prevention worker retries, from the same ETag.
        String colleague = Tokens.builder(WORKER).claim("sub", "6f1c2a80-0000-4000-8000-000000000099")
                .claim("preferred_username", "prevention-worker-2").sign();
        Api.withToken(colleague).header("If-Match", "\"1\"").body(Fixtures.decision("YOUTH_CAUTION"))
                .post(PATH + "/" + id + "/decision").then().statusCode(200)
                .body("decision.caseId", equalTo(caseId.toString()))
                .body("decision.youngPersonId", equalTo(youngPersonId.toString()))
                .body("decision.recordedBy", equalTo("prevention-worker-2"));
        assertProblem(Fixtures.decide(WORKER, id, "\"2\"", Fixtures.decision("YOUTH_CAUTION")), 409);

        List<LoggedRequest> intakes = intakeRequests();
        assertEquals(2, intakes.size());
        for (LoggedRequest intake : intakes) {
            assertEquals("prevention-referral:" + id, JsonPath.from(intake.getBodyAsString()).getString("sourceReference"));
        }
        assertEquals(1, Db.count("select count(*) from prevention_referral where case_id = unhex(replace(?, '-', ''))",
                caseId.toString()));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'DECIDE' and record_id = ?", id));
    }

    @Test
    void twoWorkersDecidingAtOnceRecordOneDecisionAndTheOtherIsToldItChanged() throws Exception {
        String id = Fixtures.triagedOffenceReferral();
        UUID caseId = UUID.randomUUID();
        intakeAnswers(201, caseId, UUID.randomUUID(), false, id);
        List<Integer> statuses = new java.util.ArrayList<>(Concurrently.run(
                () -> Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")).statusCode(),
                () -> Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")).statusCode()));
        java.util.Collections.sort(statuses);
        assertEquals(List.of(200, 412), statuses);
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'DECIDE' and record_id = ?", id));
        assertEquals(1, Db.count("select count(*) from prevention_referral where case_id = unhex(replace(?, '-', ''))",
                caseId.toString()));
        for (LoggedRequest intake : intakeRequests()) {
            assertEquals("prevention-referral:" + id, JsonPath.from(intake.getBodyAsString()).getString("sourceReference"));
        }
    }

    @Test
    void whenCaseServiceKeepsFailingTheCircuitOpensAndItIsLeftAlone() {
        String id = Fixtures.triagedOffenceReferral();
        CaseServiceStub.failing();
        for (int attempt = 0; attempt < 12; attempt++) {
            assertProblem(Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")), 503);
        }
        assertEquals(10, intakeRequests().size(), "after 10 failures in a row the circuit opens");
        Api.as(WORKER).get(PATH + "/" + id + "/status").then().statusCode(200).body("status", equalTo("TRIAGED"));
    }

    @Test
    void whenCaseServiceRefusesTheIntakeTheDecisionIs422NamingWhatToCorrect() {
        String id = Fixtures.triagedOffenceReferral();
        CaseServiceStub.server().stubFor(post(urlPathEqualTo(INTAKES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:yos:problem:validation\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"youngPerson.localityCode: is not an active locality\",\"errors\":["
                        + "{\"field\":\"youngPerson.localityCode\",\"message\":\"is not an active locality\"},"
                        + "{\"field\":\"offences[0].offenceTypeCode\",\"message\":\"is not a known offence type\"},"
                        + "{\"field\":\"owningTeamCode\",\"message\":\"is not an active team\"}]}")));
        String before = Db.snapshot();
        JsonPath problem = assertProblem(Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")),
                422);
        assertTrue(problem.getString("detail").contains("is not an active locality"), problem.getString("detail"));
        assertEquals(List.of("triage.child.localityCode", "reason.offence.offenceTypeCode", "owningTeamCode"),
                problem.getList("errors.field"));
        assertEquals(before, Db.snapshot());

        for (int status : new int[] { 403, 404, 409 }) {
            CaseServiceStub.reset();
            CaseServiceStub.server().stubFor(post(urlPathEqualTo(INTAKES)).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "text/plain").withBody("not a problem body")));
            JsonPath refused = assertProblem(Fixtures.decide(WORKER, id, "\"1\"",
                    Fixtures.decision("YOUTH_CAUTION")), 422);
            assertTrue(refused.getString("detail").contains("case-service"), refused.getString("detail"));
        }
        assertEquals(before, Db.snapshot());
        // Refusals are not failures: the circuit stays closed.
        intakeAnswers(201, UUID.randomUUID(), UUID.randomUUID(), false, id);
        Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")).then().statusCode(200);
    }

    @Test
    void theReferralMustBeReadyForTheDecisionItGets() {
        // Not triaged yet.
        String fresh = Fixtures.createOffenceReferral();
        assertProblem(Fixtures.decide(WORKER, fresh, "\"0\"", Fixtures.decision("NO_FURTHER_ACTION")), 409);

        // A diversion referral needs the Prevention and Diversion Assessment Tool.
        String noPadat = Fixtures.createOffenceReferral();
        Map<String, Object> triage = new HashMap<>(Fixtures.triage());
        triage.remove("padatCompletedOn");
        Fixtures.recordTriage(noPadat, "\"0\"", triage).then().statusCode(200);
        JsonPath problem = assertProblem(Fixtures.decide(WORKER, noPadat, "\"1\"",
                Fixtures.decision("COMMUNITY_RESOLUTION")), 409);
        assertTrue(problem.getString("detail").contains("Prevention and Diversion Assessment Tool"));

        // A caution needs what case-service must know of the child.
        String noDetails = Fixtures.createOffenceReferral();
        Map<String, Object> withoutChild = new HashMap<>(Fixtures.triage());
        withoutChild.remove("child");
        Fixtures.recordTriage(noDetails, "\"0\"", withoutChild).then().statusCode(200);
        assertProblem(Fixtures.decide(WORKER, noDetails, "\"1\"", Fixtures.decision("YOUTH_CAUTION")), 409);
        Fixtures.decide(WORKER, noDetails, "\"1\"", Fixtures.decision("OUTCOME_22")).then().statusCode(200)
                .body("decision.outcome", equalTo("OUTCOME_22"));

        // A prevention (risk) referral has no offence to caution, charge or resolve; PaDAT is optional for it.
        String risk = Fixtures.createRiskReferral();
        Map<String, Object> riskTriage = new HashMap<>(Fixtures.triage());
        riskTriage.remove("padatCompletedOn");
        Fixtures.recordTriage(risk, "\"0\"", riskTriage).then().statusCode(200);
        assertProblem(Fixtures.decide(WORKER, risk, "\"1\"", Fixtures.decision("YOUTH_CAUTION")), 422);
        assertProblem(Fixtures.decide(WORKER, risk, "\"1\"", Fixtures.decision("CHARGE")), 422);
        Fixtures.decide(WORKER, risk, "\"1\"", Fixtures.decision("NO_FURTHER_ACTION")).then().statusCode(200);
        assertEquals(0, intakeRequests().size());
    }

    @Test
    void anInvalidDecisionIsRefusedWithTheFields() {
        String id = Fixtures.triagedOffenceReferral();
        String before = Db.snapshot();

        Map<String, Object> noPolice = Fixtures.decision("YOUTH_CAUTION");
        noPolice.put("panel", List.of(Map.of("name", "Pat Worker", "agency", "YOS"),
                Map.of("name", "Dr Health", "agency", "HEALTH")));
        assertValidationProblem(Fixtures.decide(WORKER, id, "\"1\"", noPolice), "panel");

        Map<String, Object> alone = Fixtures.decision("YOUTH_CAUTION");
        alone.put("panel", List.of(Map.of("name", "Sgt Sam Jones", "agency", "POLICE")));
        assertValidationProblem(Fixtures.decide(WORKER, id, "\"1\"", alone), "panel");

        Map<String, Object> unreasoned = Fixtures.decision("YOUTH_CAUTION");
        unreasoned.put("reasons", " ");
        unreasoned.remove("decidedOn");
        unreasoned.put("outcome", "TELLING_OFF");
        assertValidationProblem(Fixtures.decide(WORKER, id, "\"1\"", unreasoned), "outcome");
        unreasoned.put("outcome", "CHARGE");
        assertValidationProblem(Fixtures.decide(WORKER, id, "\"1\"", unreasoned), "reasons", "decidedOn");

        Map<String, Object> early = Fixtures.decision("NO_FURTHER_ACTION");
        early.put("decidedOn", Fixtures.receivedOn().minusDays(1).toString());
        assertValidationProblem(Fixtures.decide(WORKER, id, "\"1\"", early), "decidedOn");

        Map<String, Object> badTeam = Fixtures.decision("YOUTH_CAUTION");
        badTeam.put("owningTeamCode", "north ooc");
        assertValidationProblem(Fixtures.decide(WORKER, id, "\"1\"", badTeam), "owningTeamCode");

        String teamless = Tokens.builder(WORKER).withoutTeam().sign();
        assertValidationProblem(Api.withToken(teamless).header("If-Match", "\"1\"")
                .body(Fixtures.decision("YOUTH_CAUTION")).post(PATH + "/" + id + "/decision"), "owningTeamCode");

        assertEquals(before, Db.snapshot());
        assertEquals(0, intakeRequests().size());
    }

    private static List<LoggedRequest> intakeRequests() {
        return CaseServiceStub.server().findAll(postRequestedFor(urlPathEqualTo(INTAKES)));
    }

    private static void intakeAnswers(int status, UUID caseId, UUID youngPersonId, boolean matched, String referralId) {
        CaseServiceStub.server().stubFor(post(urlPathEqualTo(INTAKES))
                .willReturn(intakeResponse(status, caseId, youngPersonId, matched, referralId)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder intakeResponse(int status,
            UUID caseId, UUID youngPersonId, boolean matched, String referralId) {
        return CaseServiceStub.diversionIntakeResponse(status,
                new DiversionIntake(caseId, youngPersonId, matched, "prevention-referral:" + referralId));
    }
}
