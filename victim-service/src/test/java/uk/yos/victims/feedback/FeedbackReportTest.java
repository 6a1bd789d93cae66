package uk.yos.victims.feedback;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Persona;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

/**
 * The victim feedback report: the RJ team reads all; case managers, operations managers, the head of service and
 * panel coordinators read those of cases case-service shows them, and never a name or a contact detail.
 */
@QuarkusTest
class FeedbackReportTest extends StubbedCaseService {

    private static final List<Persona> CASE_SIDE = List.of(Persona.CASE_MANAGER_NORTH,
            Persona.OPERATIONS_MANAGER_NORTH, Persona.HEAD_OF_SERVICE, Persona.PANEL_COORDINATOR);

    record Recorded(CaseReference reference, Map<String, Object> body, String victimId) {
    }

    /** A victim with RJ offered, an intervention under way and feedback recorded. */
    private static Recorded victimWithFeedback() {
        CaseReference reference = Fixtures.visibleCase();
        Map<String, Object> body = Fixtures.victim(reference);
        String id = Fixtures.createVictim(body);
        Fixtures.recordConsent(id, true, false);
        Fixtures.decideRj(id, true);
        Fixtures.createIntervention(id, "LETTER_OF_EXPLANATION").then().statusCode(201);
        Fixtures.putWithETag(Fixtures.VICTIMS + "/" + id + "/feedback", Fixtures.VICTIMS + "/" + id,
                Map.of("views", "Felt unsafe for weeks", "wishes", "A letter of apology",
                        "agreedReparation", "Ten hours at the park")).then().statusCode(200);
        return new Recorded(reference, body, id);
    }

    private static String report(String victimId) {
        return Fixtures.VICTIMS + "/" + victimId + "/feedback-report";
    }

    private static void assertNoPersonalDetails(Response response, Map<String, Object> victim) {
        String body = response.asString();
        for (String field : List.of("givenName", "familyName", "dateOfBirth", "address", "phone", "email")) {
            assertFalse(body.contains("\"" + field + "\""), "report has " + field + ": " + body);
            Object value = victim.get(field);
            if (value != null) {
                assertFalse(body.contains(value.toString()), "report shows the victim's " + field + ": " + body);
            }
        }
    }

    @Test
    void theRjTeamReadsEveryReportWithoutAskingCaseService() {
        Recorded recorded = victimWithFeedback();
        CaseServiceStub.reset();
        Response response = Api.as(Persona.RJ_WORKER).get(report(recorded.victimId()));
        response.then().statusCode(200)
                .body("victimId", equalTo(recorded.victimId()))
                .body("caseId", equalTo(recorded.reference().id().toString()))
                .body("rjOffered", equalTo(true))
                .body("interventions.type", contains("LETTER_OF_EXPLANATION"))
                .body("interventions.status", contains("PLANNED"))
                .body("views", equalTo("Felt unsafe for weeks"))
                .body("wishes", equalTo("A letter of apology"))
                .body("agreedReparation", equalTo("Ten hours at the park"));
        assertNoPersonalDetails(response, recorded.body());
        assertEquals(0, CaseServiceStub.server().getAllServeEvents().size());
        assertEquals(1, Db.auditRows("READ_FEEDBACK_REPORT", "VICTIM", recorded.victimId(),
                Persona.RJ_WORKER.subject()));
    }

    @Test
    void caseSideRolesReadTheReportOfACaseCaseServiceShowsThemWithTheirOwnToken() {
        Recorded recorded = victimWithFeedback();
        for (Persona persona : CASE_SIDE) {
            CaseServiceStub.reset();
            CaseServiceStub.caseVisible(recorded.reference());
            Response response = Api.as(persona).get(report(recorded.victimId()));
            response.then().statusCode(200).body("views", equalTo("Felt unsafe for weeks"))
                    .body("interventions.type", contains("LETTER_OF_EXPLANATION"));
            assertNoPersonalDetails(response, recorded.body());

            String forwarded = CaseServiceStub.server()
                    .findAll(getRequestedFor(CaseServiceStub.summaryPath(recorded.reference().id())))
                    .get(0).getHeader("Authorization");
            assertEquals(persona.subject(), subjectOf(forwarded), "case-service was asked with the caller's token");
            assertEquals(1, Db.auditRows("READ_FEEDBACK_REPORT", "VICTIM", recorded.victimId(), persona.subject()));
        }
    }

    @Test
    void aCaseCaseServiceDoesNotShowTheCallerIsNotFoundAndTheRefusalAudited() {
        Recorded recorded = victimWithFeedback();
        CaseServiceStub.caseNotVisible(recorded.reference().id());
        for (Persona persona : CASE_SIDE) {
            assertProblem(Api.as(persona).get(report(recorded.victimId())), 404);
            assertEquals(1, Db.deniedRows("READ_FEEDBACK_REPORT", "VICTIM", recorded.victimId(), persona.subject()));
            assertEquals(0, Db.auditRows("READ_FEEDBACK_REPORT", "VICTIM", recorded.victimId(), persona.subject()));
            assertProblem(Api.as(persona).queryParam("caseId", recorded.reference().id().toString())
                    .get(Fixtures.VICTIMS + "/feedback-reports"), 404);
        }
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).get(report(UUID.randomUUID().toString())), 404);
    }

    @Test
    void caseServiceUnavailableIsServiceUnavailableForCaseSideRoles() {
        Recorded recorded = victimWithFeedback();
        long audits = Db.rows("audit_event");
        CaseServiceStub.down();
        JsonPath problem = assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).get(report(recorded.victimId())), 503);
        assertFalse(problem.getString("detail").contains("case-service:"));
        CaseServiceStub.reset();
        CaseServiceStub.failing();
        Response failing = Api.as(Persona.PANEL_COORDINATOR).queryParam("caseId", recorded.reference().id().toString())
                .get(Fixtures.VICTIMS + "/feedback-reports");
        assertProblem(failing, 503);
        failing.then().header("Retry-After", equalTo("5"));
        assertEquals(audits, Db.rows("audit_event"));
        // The RJ team does not depend on case-service to read a report.
        Api.as(Persona.RJ_WORKER).get(report(recorded.victimId())).then().statusCode(200);
    }

    @Test
    void listsTheReportsOfACasesVictims() {
        Recorded recorded = victimWithFeedback();
        Map<String, Object> second = Fixtures.victim(recorded.reference());
        String secondId = Fixtures.createVictim(second);
        String caseId = recorded.reference().id().toString();

        Response response = Api.as(Persona.CASE_MANAGER_NORTH).queryParam("caseId", caseId)
                .get(Fixtures.VICTIMS + "/feedback-reports");
        response.then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.victimId", containsInAnyOrder(recorded.victimId(), secondId))
                .body("items.find { it.victimId == '" + secondId + "' }.interventions.size()", equalTo(0));
        assertNoPersonalDetails(response, recorded.body());
        assertNoPersonalDetails(response, second);
        Api.as(Persona.RJ_WORKER).queryParam("caseId", caseId).queryParam("size", 1)
                .get(Fixtures.VICTIMS + "/feedback-reports").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("totalItems", equalTo(2));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'SEARCH' "
                + "and record_type = 'VICTIM_FEEDBACK_REPORT' and subject = ? and detail = ?",
                Persona.CASE_MANAGER_NORTH.subject(), "caseId=" + caseId + " results=2"));
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).get(Fixtures.VICTIMS + "/feedback-reports"),
                "caseId");
    }

    private static String subjectOf(String authorization) {
        String jwt = authorization.substring("Bearer ".length());
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(payload).getString("sub");
    }
}
