package uk.yos.referralorders.order;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Db;
import uk.yos.referralorders.Fixtures;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/** case-service down, failing or slow: 503 problem+json with Retry-After, no internals, and nothing written. */
@QuarkusTest
class CaseServiceOutageTest {

    private static final String PATH = "/api/v1/referral-orders";
    private static final Persona PC = Persona.PANEL_COORDINATOR;

    @BeforeEach
    @AfterEach
    void resetCaseService() {
        Fixtures.resetCaseService();
    }

    @Test
    void creatingAnOrderWhileCaseServiceIsDownWritesNothingAndTheSameKeyWorksOnceItIsBack() {
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        Map<String, Object> body = Fixtures.orderBody(reference.id(), TestClock.today().minusDays(1), 6);
        String key = "outage-" + UUID.randomUUID();
        CaseServiceStub.down();
        Rows before = Rows.now();

        Response refused = Api.as(PC).header("Idempotency-Key", key).body(body).post(PATH);
        assertProblem(refused, 503);
        refused.then().header("Retry-After", notNullValue());
        assertEquals(before, Rows.now());

        Fixtures.resetCaseService();
        CaseServiceStub.caseVisible(reference);
        Api.as(PC).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aFailingCaseServiceIsA503WithoutItsInternals() {
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        CaseServiceStub.failing();
        Rows before = Rows.now();
        Response refused = Fixtures.createOrder(Fixtures.orderBody(reference.id(), TestClock.today(), 6));
        assertProblem(refused, 503);
        assertFalse(refused.asString().contains("upstream internals"), refused.asString());
        assertEquals(before, Rows.now());
    }

    @Test
    void aSlowCaseServiceTimesOutAsA503() {
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        CaseServiceStub.server().stubFor(get(CaseServiceStub.summaryPath(reference.id())).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withFixedDelay(6_000)
                .withBody(CaseServiceStub.json(reference.toContract()))));
        Rows before = Rows.now();
        assertProblem(Fixtures.createOrder(Fixtures.orderBody(reference.id(), TestClock.today(), 6)), 503);
        assertEquals(before, Rows.now());
    }

    @Test
    void anAnswerThatIsNotACaseReferenceIsA503() {
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        Rows before = Rows.now();
        for (String body : new String[] { "{\"id\":\"" + reference.id() + "\"}", "<html>maintenance</html>",
                "{\"id\":\"" + UUID.randomUUID() + "\",\"youngPersonId\":\"" + reference.youngPersonId()
                        + "\",\"caseType\":\"REFERRAL_ORDER\",\"status\":\"OPEN\",\"owningTeamCode\":\"NORTH_OOC\"}",
                // Complete, but about another case.
                CaseServiceStub.json(CaseReference.open("REFERRAL_ORDER").toContract()) }) {
            Fixtures.resetCaseService();
            CaseServiceStub.server().stubFor(get(CaseServiceStub.summaryPath(reference.id())).willReturn(aResponse()
                    .withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
            assertProblem(Fixtures.createOrder(Fixtures.orderBody(reference.id(), TestClock.today(), 6)), 503);
        }
        assertEquals(before, Rows.now());
    }

    @Test
    void aFailedReadIsRetriedAsConfiguredAndARefusalIsNot() {
        CaseServiceStub.failing();
        assertProblem(Fixtures.createOrder(Fixtures.orderBody(UUID.randomUUID(), TestClock.today(), 6)), 503);
        assertEquals(2, calls(), "one retry (retry.max-retries=1 in application.properties)");

        Fixtures.resetCaseService();
        UUID hidden = UUID.randomUUID();
        CaseServiceStub.caseNotVisible(hidden);
        assertProblem(Fixtures.createOrder(Fixtures.orderBody(hidden, TestClock.today(), 6)), 422);
        assertEquals(1, calls(), "a 404 is case-service's answer, not a failure to retry");
    }

    @Test
    void caseRolesCannotReadWhileCaseServiceIsDownButTheCoordinatorCan() {
        CaseReference reference = Fixtures.referralCase();
        String id = Fixtures.newOrder(reference);
        CaseServiceStub.down();
        long audits = Db.rows("audit_event");
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id), 503);
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).queryParam("caseId", reference.id().toString()).get(PATH),
                503);
        // Without a case filter a case role is refused before case-service is asked.
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).get("/api/v1/panels"), 400);
        assertProblem(Api.as(Persona.HEAD_OF_SERVICE).queryParam("caseId", reference.id().toString())
                .get("/api/v1/panels"), 503);
        assertEquals(audits, Db.rows("audit_event"), "nothing was shown, so nothing was audited");
        Api.as(PC).get(PATH + "/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndStopsCallingCaseService() {
        CaseServiceStub.failing();
        Map<String, Object> body = Fixtures.orderBody(UUID.randomUUID(), TestClock.today(), 6);
        for (int i = 0; i < 10; i++) {
            assertProblem(Fixtures.createOrder(body), 503);
        }
        int calls = calls();
        assertTrue(calls >= 10, "each request reached case-service until the circuit opened: " + calls);
        // Open: refused at once, without another call to case-service.
        assertProblem(Fixtures.createOrder(body), 503);
        assertEquals(calls, calls());
    }

    private static int calls() {
        return CaseServiceStub.server().findAll(anyRequestedFor(anyUrl())).size();
    }

    /** Every table a request could write to. */
    record Rows(long orders, long audit, long idempotency) {
        static Rows now() {
            return new Rows(Db.rows("referral_order"), Db.rows("audit_event"), Db.rows("idempotency_record"));
        }
    }
}
