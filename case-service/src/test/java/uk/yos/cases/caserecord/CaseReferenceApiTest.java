package uk.yos.cases.caserecord;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/** {@code GET /cases/{id}/summary}: the reference view other services check case ids against. */
@QuarkusTest
class CaseReferenceApiTest {

    private static final Set<Persona> READERS = EnumSet.of(Persona.CASE_MANAGER_NORTH, Persona.CASE_MANAGER_WEST,
            Persona.OPERATIONS_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_WEST, Persona.HEAD_OF_SERVICE,
            Persona.RJ_WORKER, Persona.PANEL_COORDINATOR);

    private static String summary(String caseId) {
        return "/api/v1/cases/" + caseId + "/summary";
    }

    private static String referralOrder(Persona caseManager) {
        String child = Fixtures.createYoungPerson(caseManager);
        return Fixtures.openCaseAs(caseManager, Fixtures.openCase(child, "REFERRAL_ORDER")).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void showsTheCaseWithoutNamesBirthDatesOrDescriptionsAndAuditsTheRead() {
        String caseId = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        Map<String, Object> full = Api.as(Persona.CASE_MANAGER_NORTH).get("/api/v1/cases/" + caseId).then()
                .statusCode(200).extract().path("");

        Response response = Api.as(Persona.CASE_MANAGER_NORTH).get(summary(caseId));

        response.then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(caseId)).body("youngPersonId", equalTo(full.get("youngPersonId")))
                .body("caseType", equalTo("YOUTH_CAUTION")).body("category", equalTo("OUT_OF_COURT"))
                .body("status", equalTo("OPEN")).body("owningTeamCode", equalTo("NORTH_OOC"))
                .body("outcomeDate", equalTo(TestClock.today().minusDays(10).toString()))
                .body("offences", hasSize(1)).body("offences[0].offenceTypeCode", equalTo("THEFT"))
                .body("offences[0].gravityScore", equalTo(2))
                .body("offences[0].offenceDate", equalTo(TestClock.today().minusDays(40).toString()));
        assertEquals(Set.of("id", "youngPersonId", "caseType", "category", "status", "owningTeamCode", "outcomeDate",
                "offences"), response.jsonPath().getMap("").keySet());
        assertEquals(Set.of("id", "offenceTypeCode", "offenceDate", "gravityScore"),
                response.jsonPath().getMap("offences[0]").keySet());
        assertFalse(response.asString().contains("Testperson"), "no names");
        assertFalse(response.asString().contains("Shoplifting"), "no offence descriptions");

        String subject = Persona.CASE_MANAGER_NORTH.subject();
        assertEquals(1, Db.auditRows("READ_SUMMARY", "CASE", caseId, subject));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'READ_SUMMARY' and record_id = ? "
                + "and child_id = unhex(replace(?, '-', '')) and outcome = 'SUCCESS'", caseId,
                full.get("youngPersonId")));
    }

    @Test
    void caseManagersOperationsManagersAndTheHeadOfServiceSeeWhatTheyMayReadInFull() {
        String northCase = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String westCase = Fixtures.newCase(Persona.CASE_MANAGER_WEST);

        for (Persona north : new Persona[] { Persona.CASE_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_NORTH }) {
            Api.as(north).get(summary(northCase)).then().statusCode(200);
            assertProblem(Api.as(north).get(summary(westCase)), 404);
        }
        for (Persona west : new Persona[] { Persona.CASE_MANAGER_WEST, Persona.OPERATIONS_MANAGER_WEST }) {
            Api.as(west).get(summary(westCase)).then().statusCode(200);
            assertProblem(Api.as(west).get(summary(northCase)), 404);
        }
        Api.as(Persona.HEAD_OF_SERVICE).get(summary(northCase)).then().statusCode(200);
        Api.as(Persona.HEAD_OF_SERVICE).get(summary(westCase)).then().statusCode(200);
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'READ_SUMMARY' and record_id = ? "
                + "and subject = ? and outcome = 'DENIED'", westCase, Persona.CASE_MANAGER_NORTH.subject()));
    }

    @Test
    void aCaseManagerAllocatedToAnotherTeamsCaseSeesItsSummary() {
        String westCase = Fixtures.newCase(Persona.CASE_MANAGER_WEST);
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).get(summary(westCase)), 404);
        Api.as(Persona.OPERATIONS_MANAGER_WEST).header("If-Match", "\"0\"")
                .body(Map.of("role", "SECONDARY_WORKER", "workerId", Persona.CASE_MANAGER_NORTH.subject(),
                        "startDate", TestClock.today().toString()))
                .post("/api/v1/cases/" + westCase + "/allocations").then().statusCode(201);
        Api.as(Persona.CASE_MANAGER_NORTH).get(summary(westCase)).then().statusCode(200);
    }

    @Test
    void anRjWorkerSeesEveryCaseThoughNotTheCaseItself() {
        String northCase = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);
        String westCase = Fixtures.newCase(Persona.CASE_MANAGER_WEST);
        String order = referralOrder(Persona.CASE_MANAGER_WEST);

        for (String caseId : new String[] { northCase, westCase, order }) {
            Api.as(Persona.RJ_WORKER).get(summary(caseId)).then().statusCode(200).body("id", equalTo(caseId));
            assertEquals(1, Db.auditRows("READ_SUMMARY", "CASE", caseId, Persona.RJ_WORKER.subject()));
        }
        assertProblem(Api.as(Persona.RJ_WORKER).get("/api/v1/cases/" + northCase), 403);
    }

    @Test
    void aPanelCoordinatorSeesReferralOrdersOnly() {
        String northOrder = referralOrder(Persona.CASE_MANAGER_NORTH);
        String westOrder = referralOrder(Persona.CASE_MANAGER_WEST);
        String caution = Fixtures.newCase(Persona.CASE_MANAGER_NORTH);

        Api.as(Persona.PANEL_COORDINATOR).get(summary(northOrder)).then().statusCode(200)
                .body("caseType", equalTo("REFERRAL_ORDER")).body("category", equalTo("COURT"));
        Api.as(Persona.PANEL_COORDINATOR).get(summary(westOrder)).then().statusCode(200);
        assertProblem(Api.as(Persona.PANEL_COORDINATOR).get(summary(caution)), 404);
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'READ_SUMMARY' and record_id = ? "
                + "and subject = ? and outcome = 'DENIED'", caution, Persona.PANEL_COORDINATOR.subject()));
    }

    @Test
    void anUnknownOrMalformedCaseIdIsNotFoundForEveryReader() {
        for (Persona reader : READERS) {
            assertProblem(Api.as(reader).get(summary(UUID.randomUUID().toString())), 404);
            assertProblem(Api.as(reader).get(summary("not-a-uuid")), 404);
        }
    }

    @Test
    void otherRolesAreRefusedEvenForACaseThatExists() {
        String caseId = referralOrder(Persona.CASE_MANAGER_NORTH);
        for (Persona persona : Persona.values()) {
            if (!READERS.contains(persona)) {
                assertProblem(Api.as(persona).get(summary(caseId)), 403);
            }
        }
        assertProblem(Api.anonymous().get(summary(caseId)), 401);
        assertEquals(0, Db.count("select count(*) from audit_event where action = 'READ_SUMMARY' and record_id = ? "
                + "and outcome = 'SUCCESS'", caseId));
    }
}
