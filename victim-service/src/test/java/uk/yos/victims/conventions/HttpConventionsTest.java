package uk.yos.victims.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.yos.testsupport.Persona;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

@QuarkusTest
class HttpConventionsTest extends StubbedCaseService {

    @Test
    void echoesASafeRequestIdAndReplacesAnUnsafeOne() {
        Api.as(Persona.RJ_WORKER).header("X-Request-Id", "trace-abc.123").get("/api/v1/victims")
                .then().statusCode(200).header("X-Request-Id", "trace-abc.123");
        String replaced = Api.as(Persona.RJ_WORKER).header("X-Request-Id", "bad id\r\nX-Evil: 1")
                .get("/api/v1/victims").then().statusCode(200).extract().header("X-Request-Id");
        assertNotEquals("bad id\r\nX-Evil: 1", replaced);
        given().get("/q/health/live").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theRequestIdIsRecordedInTheAuditTrail() {
        Api.as(Persona.RJ_WORKER).header("X-Request-Id", "victim-audit-trace-42").get("/api/v1/victims")
                .then().statusCode(200);
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = 'victim-audit-trace-42' "
                + "and action = 'SEARCH' and record_type = 'VICTIM'"));
    }

    @Test
    void malformedJsonAndUnknownPropertiesAreBadRequests() {
        assertProblem(Api.as(Persona.RJ_WORKER).body("{\"givenName\": ").post("/api/v1/victims"), 400);
        assertValidationProblem(Api.as(Persona.RJ_WORKER).body("{\"referredOn\": \"yesterday\"}")
                .post("/api/v1/victims"), "referredOn");
        Map<String, Object> body = Fixtures.victim(Fixtures.visibleCase());
        body.put("nickname", "Sammy");
        assertValidationProblem(Fixtures.createVictimAs(Persona.RJ_WORKER, body), "nickname");
    }

    @Test
    void anUnsupportedContentTypeIsRefused() {
        assertProblem(given().auth().oauth2(Persona.RJ_WORKER.token()).contentType(ContentType.XML)
                .body("<victim/>").post("/api/v1/victims"), 415);
    }

    @Test
    void unknownPathsAndMethodsAnswerWithProblems() {
        assertProblem(Api.as(Persona.RJ_WORKER).get("/api/v1/nothing-here"), 404);
        assertProblem(Api.as(Persona.RJ_WORKER).delete("/api/v1/victims"), 405);
    }

    @Test
    void anOversizedBodyIsRefusedAndNothingWritten() {
        String huge = "{\"givenName\": \"" + "x".repeat(70_000) + "\"}";
        Map<String, Long> before = Db.snapshot();
        assertProblem(Api.as(Persona.RJ_WORKER).body(huge).post("/api/v1/victims"), 413);
        assertEquals(before, Db.snapshot());
    }

    @Test
    void healthIsOpenAndReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
