package uk.yos.victims.caseref;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Persona;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

/** case-service down, failing or slow: recording a victim is 503 problem+json, and nothing is written. */
@QuarkusTest
class CaseServiceUnavailableTest extends StubbedCaseService {

    private static Response createVictim(CaseReference reference) {
        return Api.as(Persona.RJ_WORKER).header("Idempotency-Key", "down-" + UUID.randomUUID())
                .body(Fixtures.victim(reference)).post(Fixtures.VICTIMS);
    }

    private static void assertUnavailableAndNothingWritten(CaseReference reference) {
        Map<String, Long> before = Db.snapshot();
        Response response = createVictim(reference);
        assertProblem(response, 503);
        response.then().header("Retry-After", equalTo("5"));
        assertFalse(response.asString().contains("upstream internals"));
        assertEquals(before, Db.snapshot());
    }

    @Test
    void downIsServiceUnavailableAndWritesNothing() {
        CaseServiceStub.down();
        assertUnavailableAndNothingWritten(CaseReference.open("REFERRAL_ORDER"));
    }

    @Test
    void failingIsServiceUnavailableWithoutItsInternalsAndWritesNothing() {
        CaseServiceStub.failing();
        assertUnavailableAndNothingWritten(CaseReference.open("REFERRAL_ORDER"));
    }

    @Test
    void slowIsServiceUnavailableAndWritesNothing() {
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        CaseServiceStub.server().stubFor(get(CaseServiceStub.summaryPath(reference.id())).willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withFixedDelay(3000)
                        .withBody(CaseServiceStub.json(reference.toContract()))));
        assertUnavailableAndNothingWritten(reference);
    }

    @Test
    void anAnswerWithoutTheContractsFieldsIsServiceUnavailableAndWritesNothing() {
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        uk.yos.cases.contract.CaseReference full = reference.toContract();
        CaseServiceStub.caseVisible(new uk.yos.cases.contract.CaseReference(full.id(), full.youngPersonId(),
                full.caseType(), full.category(), null, full.owningTeamCode(), full.outcomeDate(), full.offences()));
        assertUnavailableAndNothingWritten(reference);

        CaseServiceStub.reset();
        CaseServiceStub.server().stubFor(get(CaseServiceStub.summaryPath(reference.id())).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>not JSON</html>")));
        assertUnavailableAndNothingWritten(reference);
    }

    @Test
    void aReadIsRetriedOnceThenTheCircuitOpensAndStopsCallingCaseService() {
        CaseServiceStub.failing();
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        assertProblem(createVictim(reference), 503);
        assertEquals(2, CaseServiceStub.server().findAll(getRequestedFor(anyUrl())).size(), "one retry");
        for (int i = 0; i < 5; i++) {
            assertProblem(createVictim(reference), 503);
        }
        int calls = CaseServiceStub.server().findAll(getRequestedFor(anyUrl())).size();
        // The circuit is open: case-service is left alone, and the answer is still 503 with nothing written.
        assertUnavailableAndNothingWritten(reference);
        assertEquals(calls, CaseServiceStub.server().findAll(getRequestedFor(anyUrl())).size());
    }

    @Test
    void aRefusalIsNotAFailureAndDoesNotOpenTheCircuit() {
        CaseReference hidden = CaseReference.open("REFERRAL_ORDER");
        CaseServiceStub.caseNotVisible(hidden.id());
        for (int i = 0; i < 12; i++) {
            assertProblem(createVictim(hidden), 422);
        }
        assertEquals(12, CaseServiceStub.server().findAll(getRequestedFor(anyUrl())).size(), "404s are not retried");
        CaseReference visible = Fixtures.visibleCase();
        createVictim(visible).then().statusCode(201);
    }

    @Test
    void whenCaseServiceIsBackVictimsAreRecordedAgain() {
        CaseServiceStub.down();
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        assertProblem(createVictim(reference), 503);
        CaseServiceStub.reset();
        CaseServiceStub.caseVisible(reference);
        createVictim(reference).then().statusCode(201);
    }
}
