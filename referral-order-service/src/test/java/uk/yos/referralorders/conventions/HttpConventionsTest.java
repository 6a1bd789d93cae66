package uk.yos.referralorders.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Db;
import uk.yos.testsupport.Persona;

@QuarkusTest
class HttpConventionsTest {

    private static final Persona PC = Persona.PANEL_COORDINATOR;

    @Test
    void echoesASafeRequestIdAndRecordsItInTheAuditTrail() {
        Api.as(PC).header("X-Request-Id", "ro-trace-42").get("/api/v1/volunteers")
                .then().statusCode(200).header("X-Request-Id", "ro-trace-42");
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = 'ro-trace-42'"));
        String replaced = Api.as(PC).header("X-Request-Id", "bad id\r\nX-Evil: 1").get("/api/v1/volunteers")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertNotEquals("bad id\r\nX-Evil: 1", replaced);
    }

    @Test
    void malformedBodiesAndUnsupportedMediaTypesAreProblems() {
        assertProblem(Api.as(PC).body("{\"givenName\": ").post("/api/v1/volunteers"), 400);
        assertValidationProblem(Api.as(PC).body("{\"sentenceDate\": \"yesterday\"}").post("/api/v1/referral-orders"),
                "sentenceDate");
        assertProblem(given().auth().oauth2(PC.token()).contentType(ContentType.XML).body("<volunteer/>")
                .post("/api/v1/volunteers"), 415);
    }

    @Test
    void unknownPathsAndMethodsAnswerWithProblems() {
        assertProblem(Api.as(PC).get("/api/v1/nothing-here"), 404);
        assertProblem(Api.as(PC).delete("/api/v1/volunteers"), 405);
        // An id that is not a UUID addresses no record.
        assertProblem(Api.as(PC).get("/api/v1/panels/not-a-uuid"), 404);
    }

    @Test
    void anOversizedBodyIsRefusedAndNothingWritten() {
        String huge = "{\"givenName\": \"" + "x".repeat(70_000) + "\"}";
        long before = Db.rows("volunteer");
        assertProblem(Api.as(PC).body(huge).post("/api/v1/volunteers"), 413);
        assertEquals(before, Db.rows("volunteer"));
    }

    @Test
    void healthIsOpenAndReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
