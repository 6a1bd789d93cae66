package uk.yos.prevention.conventions;

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
import io.restassured.response.Response;
import uk.yos.prevention.Api;
import uk.yos.prevention.Db;
import uk.yos.prevention.Fixtures;
import uk.yos.testsupport.Persona;

@QuarkusTest
class HttpConventionsTest {

    private static final String PATH = Fixtures.PATH;

    @Test
    void echoesASafeRequestIdAndReplacesAnUnsafeOne() {
        Api.as(Persona.PREVENTION_WORKER).header("X-Request-Id", "trace-abc.123").get(PATH)
                .then().statusCode(200).header("X-Request-Id", "trace-abc.123");
        String replaced = Api.as(Persona.PREVENTION_WORKER).header("X-Request-Id", "bad id\r\nX-Evil: 1")
                .get(PATH).then().statusCode(200).extract().header("X-Request-Id");
        assertNotEquals("bad id\r\nX-Evil: 1", replaced);
        given().get("/q/health/live").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theRequestIdIsRecordedInTheAuditTrail() {
        Api.as(Persona.PREVENTION_WORKER).header("X-Request-Id", "prevention-audit-trace-42").get(PATH)
                .then().statusCode(200);
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = 'prevention-audit-trace-42' "
                + "and action = 'SEARCH'"));
    }

    @Test
    void malformedJsonAndUnknownFieldsAreBadRequests() {
        long before = Db.rows("prevention_referral");
        assertProblem(Api.as(Persona.PREVENTION_WORKER).body("{\"source\": ").post(PATH), 400);
        Map<String, Object> misspelt = Fixtures.offenceReferral();
        misspelt.put("referingOrganisation", "TYPO");
        assertValidationProblem(Api.as(Persona.PREVENTION_WORKER).body(misspelt).post(PATH), "referingOrganisation");
        Map<String, Object> badEnum = Fixtures.offenceReferral();
        badEnum.put("source", "CARRIER_PIGEON");
        assertValidationProblem(Api.as(Persona.PREVENTION_WORKER).body(badEnum).post(PATH), "source");
        assertEquals(before, Db.rows("prevention_referral"));
    }

    @Test
    void anUnsupportedContentTypeIsRefused() {
        assertProblem(given().auth().oauth2(Persona.PREVENTION_WORKER.token()).contentType(ContentType.XML)
                .body("<referral/>").post(PATH), 415);
    }

    @Test
    void unknownPathsAndMethodsAnswerWithProblems() {
        assertProblem(Api.as(Persona.PREVENTION_WORKER).get("/api/v1/nothing-here"), 404);
        Response notAllowed = Api.as(Persona.PREVENTION_WORKER).delete(PATH);
        assertProblem(notAllowed, 405);
    }

    @Test
    void anOversizedBodyIsRefusedAndNothingIsWritten() {
        String huge = "{\"referrer\": {\"name\": \"" + "x".repeat(70_000) + "\"}}";
        long before = Db.rows("prevention_referral");
        assertProblem(Api.as(Persona.PREVENTION_WORKER).body(huge).post(PATH), 413);
        assertEquals(before, Db.rows("prevention_referral"));
    }

    @Test
    void pagingLimitsAreEnforced() {
        assertValidationProblem(Api.as(Persona.PREVENTION_WORKER).queryParam("size", 101).get(PATH), "size");
        assertValidationProblem(Api.as(Persona.PREVENTION_WORKER).queryParam("sort", "childFamilyName").get(PATH),
                "sort");
    }

    @Test
    void healthIsOpenAndReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
