package uk.yos.prevention.closure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import uk.yos.cases.contract.DiversionIntake;
import uk.yos.prevention.Api;
import uk.yos.prevention.Db;
import uk.yos.prevention.Fixtures;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

@QuarkusTest
class ClosureApiTest {

    private static final String PATH = Fixtures.PATH;
    private static final Persona WORKER = Persona.PREVENTION_WORKER;

    @BeforeEach
    void reset() {
        CaseServiceStub.reset();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void aClosedReferralRefusesEveryChange() {
        String id = Fixtures.triagedOffenceReferral();
        Fixtures.close(id, "\"1\"", Map.of("closedOn", TestClock.today().toString(), "outcome", "DECLINED",
                "notes", "Family declined voluntary work")).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("CLOSED"))
                .body("closure.outcome", equalTo("DECLINED"))
                .body("closure.closedOn", equalTo(TestClock.today().toString()))
                .body("closure.notes", equalTo("Family declined voluntary work"))
                .body("closure.recordedBy", equalTo(WORKER.username()));
        assertEquals(1, Db.auditRows("CLOSE", id, WORKER.subject()));

        String before = Db.snapshot();
        assertProblem(Fixtures.close(id, "\"2\"", Fixtures.closure("NO_FURTHER_ACTION")),
                409);
        assertProblem(Fixtures.recordTriage(id, "\"2\"", Fixtures.triage()), 409);
        assertProblem(Fixtures.decide(WORKER, id, "\"2\"", Fixtures.decision("NO_FURTHER_ACTION")), 409);
        assertEquals(before, Db.snapshot());

        Api.as(Persona.POLICE_REFERRER).get(PATH + "/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureOutcome", equalTo("DECLINED"))
                .body("closedOn", equalTo(TestClock.today().toString()));
    }

    @Test
    void aReferralWhoseDecisionOpenedACaseClosesAsCaseOpened() {
        String id = Fixtures.triagedOffenceReferral();
        UUID caseId = UUID.randomUUID();
        CaseServiceStub.diversionIntakeAnswers(201,
                new DiversionIntake(caseId, UUID.randomUUID(), false, "prevention-referral:" + id));
        Fixtures.decide(WORKER, id, "\"1\"", Fixtures.decision("YOUTH_CAUTION")).then().statusCode(200);
        Fixtures.close(id, "\"2\"", Fixtures.closure("CASE_OPENED")).then().statusCode(200)
                .body("closure.outcome", equalTo("CASE_OPENED")).body("decision.caseId", equalTo(caseId.toString()));
    }

    @Test
    void closureMustFitTheReferral() {
        String id = Fixtures.createRiskReferral();
        String before = Db.snapshot();
        assertProblem(Fixtures.close(id, "\"0\"", Fixtures.closure("CASE_OPENED")), 422);
        assertValidationProblem(Fixtures.close(id, "\"0\"", Fixtures.closure("OTHER")), "notes");
        assertValidationProblem(Fixtures.close(id, "\"0\"", Map.of("closedOn",
                Fixtures.receivedOn().minusDays(1).toString(), "outcome", "DECLINED")), "closedOn");
        assertValidationProblem(Fixtures.close(id, "\"0\"", Map.of("closedOn",
                TestClock.today().plusDays(1).toString(), "outcome", "DECLINED")), "closedOn");
        assertValidationProblem(Fixtures.close(id, "\"0\"", Map.of()), "closedOn", "outcome");
        assertEquals(before, Db.snapshot());
    }

    @Test
    void aReferralClosedWithoutAnAssessmentIsNoLongerOverdue() {
        String organisation = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = Fixtures.riskReferral();
        body.put("referringOrganisation", organisation);
        body.put("receivedOn", TestClock.today().minusDays(30).toString());
        String id = Fixtures.create(WORKER, body).then().statusCode(201)
                .body("assessmentTimeliness", equalTo("OVERDUE")).extract().path("id");
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("assessmentOverdue", true)
                .get(PATH).then().statusCode(200).body("items.id", hasItem(id));

        Fixtures.close(id, "\"0\"", Fixtures.closure("DECLINED")).then().statusCode(200)
                .body("assessmentTimeliness", equalTo("NOT_COMPLETED"));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("assessmentOverdue", true)
                .get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("status", "CLOSED")
                .get(PATH).then().statusCode(200).body("items.id", hasItem(id));
    }
}
