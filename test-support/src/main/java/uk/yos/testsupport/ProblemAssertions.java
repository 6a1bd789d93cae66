package uk.yos.testsupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The suite's error contract, checked the same way in every service: RFC 9457 {@code application/problem+json}
 * with {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} and the request's
 * {@code requestId}, and nothing a caller could learn the implementation from.
 * <p>
 * {@code assertProblem(given().auth().oauth2(token).get("/api/v1/cases/" + unknownId), 404);}
 */
public final class ProblemAssertions {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    /**
     * Signs of leaked internals. Case-sensitive ones are Java spellings; {@link #LEAKS_ANY_CASE} are SQL fragments.
     */
    private static final List<String> LEAKS = List.of(
            "Exception", "at uk.", "at java.", "java.", "jakarta.", "org.hibernate", "io.quarkus", "com.mysql",
            "SQL");
    private static final List<String> LEAKS_ANY_CASE = List.of("select ", "insert into ", "delete from ");

    private ProblemAssertions() {
    }

    /** Asserts the response is a well-formed, leak-free problem with this status; returns its body for more checks. */
    public static JsonPath assertProblem(Response response, int expectedStatus) {
        String body = response.asString();
        assertEquals(expectedStatus, response.statusCode(), () -> "HTTP status; body: " + body);
        String contentType = response.contentType();
        assertTrue(contentType != null && contentType.startsWith(PROBLEM_JSON),
                () -> "Content-Type should be " + PROBLEM_JSON + " but was " + contentType);
        assertNoLeaks(body);

        JsonPath problem = response.jsonPath();
        String requestId = response.header(REQUEST_ID_HEADER);
        assertAll("problem body " + body,
                () -> assertUri(problem.getString("type")),
                () -> assertNotBlank("title", problem.getString("title")),
                () -> assertEquals(Integer.valueOf(expectedStatus), problem.get("status"), "status"),
                () -> assertNotBlank("detail", problem.getString("detail")),
                () -> assertNotBlank("instance", problem.getString("instance")),
                () -> assertNotBlank("requestId", problem.getString("requestId")),
                () -> assertNotBlank(REQUEST_ID_HEADER + " header", requestId),
                () -> assertEquals(requestId, problem.getString("requestId"), "requestId equals the X-Request-Id header"));
        return problem;
    }

    /**
     * Asserts a 400 problem whose {@code errors[]} holds a {@code {field, message}} entry for each named field
     * (others may be listed too).
     */
    public static JsonPath assertValidationProblem(Response response, String... fields) {
        JsonPath problem = assertProblem(response, 400);
        List<Map<String, Object>> errors = problem.getList("errors");
        assertNotNull(errors, "errors[] missing from " + response.asString());
        assertFalse(errors.isEmpty(), "errors[] is empty");
        for (Map<String, Object> error : errors) {
            assertNotBlank("errors[].field", (String) error.get("field"));
            assertNotBlank("errors[].message", (String) error.get("message"));
        }
        List<Object> reported = errors.stream().map(error -> error.get("field")).toList();
        for (String field : fields) {
            assertTrue(reported.contains(field), () -> "no error for field '" + field + "'; errors: " + errors);
        }
        return problem;
    }

    /** Any response body: no stack trace, Java class name or SQL. */
    public static void assertNoLeaks(String body) {
        for (String leak : LEAKS) {
            assertFalse(body.contains(leak), () -> "body leaks '" + leak + "': " + body);
        }
        String lowerCase = body.toLowerCase(Locale.ROOT);
        for (String leak : LEAKS_ANY_CASE) {
            assertFalse(lowerCase.contains(leak), () -> "body leaks '" + leak.trim() + "': " + body);
        }
    }

    private static void assertUri(String type) {
        assertNotBlank("type", type);
        try {
            new URI(type);
        } catch (URISyntaxException e) {
            fail("type is not a URI: " + type);
        }
    }

    private static void assertNotBlank(String what, String value) {
        assertTrue(value != null && !value.isBlank(), () -> what + " should not be blank but was " + value);
    }
}
