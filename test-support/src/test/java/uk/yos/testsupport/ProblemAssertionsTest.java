package uk.yos.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import org.junit.jupiter.api.Test;

import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;

class ProblemAssertionsTest {

    static final String NOT_FOUND = """
            {"type":"urn:yos:problem:not-found","title":"Not found","status":404,
             "detail":"No case with that id","instance":"/api/v1/cases/42","requestId":"req-1"}""";

    static final String VALIDATION = """
            {"type":"urn:yos:problem:validation","title":"Invalid request","status":400,
             "detail":"2 inputs are invalid","instance":"/api/v1/young-people","requestId":"req-1",
             "errors":[{"field":"dateOfBirth","message":"must be in the past"},
                       {"field":"familyName","message":"must not be blank"}]}""";

    @Test
    void acceptsAWellFormedProblem() {
        assertEquals("Not found", assertProblem(response(404, "application/problem+json", "req-1", NOT_FOUND), 404)
                .getString("title"));
    }

    @Test
    void rejectsAnotherStatus() {
        assertThrows(AssertionError.class, () -> assertProblem(response(404, "application/problem+json", "req-1", NOT_FOUND), 403));
    }

    @Test
    void rejectsPlainJson() {
        assertThrows(AssertionError.class, () -> assertProblem(response(404, "application/json", "req-1", NOT_FOUND), 404));
    }

    @Test
    void rejectsARequestIdThatIsNotTheHeader() {
        assertThrows(AssertionError.class, () -> assertProblem(response(404, "application/problem+json", "req-2", NOT_FOUND), 404));
        assertThrows(AssertionError.class, () -> assertProblem(response(404, "application/problem+json", null, NOT_FOUND), 404));
    }

    @Test
    void rejectsMissingFields() {
        String noInstance = NOT_FOUND.replace("\"instance\":\"/api/v1/cases/42\",", "");
        assertThrows(AssertionError.class, () -> assertProblem(response(404, "application/problem+json", "req-1", noInstance), 404));
        String badType = NOT_FOUND.replace("urn:yos:problem:not-found", "not a uri");
        assertThrows(AssertionError.class, () -> assertProblem(response(404, "application/problem+json", "req-1", badType), 404));
    }

    @Test
    void rejectsLeakedInternals() {
        for (String leak : new String[] {
                "java.lang.NullPointerException", "\\n\\tat uk.yos.cases.CaseService.find(CaseService.java:12)",
                "could not execute statement [SQL]", "select c1_0.id from case_record c1_0", "org.hibernate.exception" }) {
            String body = NOT_FOUND.replace("No case with that id", leak);
            assertThrows(AssertionError.class, () -> assertProblem(response(404, "application/problem+json", "req-1", body), 404),
                    leak);
        }
    }

    @Test
    void validationProblemNamesEachField() {
        Response response = response(400, "application/problem+json;charset=UTF-8", "req-1", VALIDATION);
        assertValidationProblem(response, "dateOfBirth", "familyName");
        assertThrows(AssertionError.class, () -> assertValidationProblem(response, "givenName"));
        assertThrows(AssertionError.class, () -> assertValidationProblem(
                response(400, "application/problem+json", "req-1", VALIDATION.replaceAll("(?s),\\s*\"errors\":\\[.*]", "")), "dateOfBirth"));
    }

    private static Response response(int status, String contentType, String requestId, String body) {
        ResponseBuilder builder = new ResponseBuilder().setStatusCode(status).setContentType(contentType).setBody(body);
        if (requestId != null) {
            builder.setHeader("X-Request-Id", requestId);
        }
        return builder.build();
    }
}
