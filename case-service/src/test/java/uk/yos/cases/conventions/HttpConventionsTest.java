package uk.yos.cases.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.testsupport.Persona;

@QuarkusTest
class HttpConventionsTest {

    @Test
    void echoesASafeRequestIdAndReplacesAnUnsafeOne() {
        Api.as(Persona.HEAD_OF_SERVICE).header("X-Request-Id", "trace-abc.123").get("/api/v1/cases")
                .then().statusCode(200).header("X-Request-Id", "trace-abc.123");
        String replaced = Api.as(Persona.HEAD_OF_SERVICE).header("X-Request-Id", "bad id\r\nX-Evil: 1")
                .get("/api/v1/cases").then().statusCode(200).extract().header("X-Request-Id");
        assertNotEquals("bad id\r\nX-Evil: 1", replaced);
        given().get("/q/health/live").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theRequestIdIsRecordedInTheAuditTrail() {
        Api.as(Persona.HEAD_OF_SERVICE).header("X-Request-Id", "audit-trace-42").get("/api/v1/cases")
                .then().statusCode(200);
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = 'audit-trace-42'"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        Response response = Api.as(Persona.CASE_MANAGER_NORTH).body("{\"givenName\": ").post("/api/v1/young-people");
        assertProblem(response, 400);
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).body("{\"dateOfBirth\": \"yesterday\"}")
                .post("/api/v1/young-people"), "dateOfBirth");
    }

    @Test
    void aFilterThatDoesNotConvertIsABadRequestNamingIt() {
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/cases?caseType=NOT_A_TYPE"), "caseType");
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/cases?youngPersonId=42"), "youngPersonId");
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/young-people?dateOfBirth=yesterday"),
                "dateOfBirth");
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/young-people?send=maybe"), "send");
        // A malformed id in the path is still "no such record".
        assertProblem(Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/cases/not-a-uuid"), 404);
    }

    @Test
    void anUnsupportedContentTypeIsRefused() {
        assertProblem(given().auth().oauth2(Persona.CASE_MANAGER_NORTH.token()).contentType(ContentType.XML)
                .body("<youngPerson/>").post("/api/v1/young-people"), 415);
    }

    @Test
    void unknownPathsAndMethodsAnswerWithProblems() {
        assertProblem(Api.as(Persona.HEAD_OF_SERVICE).get("/api/v1/nothing-here"), 404);
        Response notAllowed = Api.as(Persona.HEAD_OF_SERVICE).delete("/api/v1/young-people");
        assertProblem(notAllowed, 405);
    }

    @Test
    void anOversizedBodyIsRefused() {
        String huge = "{\"givenName\": \"" + "x".repeat(70_000) + "\"}";
        long before = Db.rows("young_person");
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(huge).post("/api/v1/young-people"), 413);
        assertEquals(before, Db.rows("young_person"));
    }

    @Test
    void healthIsOpenAndReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }
}
