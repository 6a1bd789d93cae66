package uk.yos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.response.Response;
import java.util.List;
import uk.yos.testsupport.conventions.ApiOperation;

/**
 * What one caller must get from one operation, from what its document says and the records it names:
 * <ul>
 * <li>no token: 401, a problem with {@code WWW-Authenticate: Bearer};</li>
 * <li>a caller holding none of the roles the description names: 403, a problem;</li>
 * <li>a caller holding one of them: never 401 or 403. A read of records addressed in its path answers 200 when the
 * caller may read them all and 404 otherwise (a record outside the caller's scope is hidden, never refused); a read
 * that names a record only in its query (a list asked about the matrix's case) answers 200, or 404 to a caller who
 * may not see that case. A change answers 4xx, as its request is built never to be applied
 * ({@link MatrixRequest});</li>
 * <li>whoever calls: never a 5xx, and no body discloses a record (its id, a name, an address) the caller may not see,
 * apart from what the caller named in the request itself.</li>
 * </ul>
 */
final class MatrixCell {

    private MatrixCell() {
    }

    static void check(MatrixRequest request, Persona caller, Response response, MatrixRecords records) {
        ApiOperation operation = request.operation();
        int status = response.statusCode();
        String answer = status + " " + response.asString();
        assertTrue(status < 500, () -> "a server error is never an answer about roles: " + answer);
        if (!caller.hasToken()) {
            assertProblem(response, 401);
            assertEquals("Bearer", response.header("WWW-Authenticate"), "WWW-Authenticate");
        } else if (!CallerRoles.holdsAnyOf(caller, operation.describedRoles())) {
            assertProblem(response, 403);
        } else {
            assertPastTheRoleCheck(request, caller, status, answer);
        }
        assertDisclosesNothingHidden(request, caller, response.asString(), records);
    }

    private static void assertPastTheRoleCheck(MatrixRequest request, Persona caller, int status, String answer) {
        List<String> described = request.operation().describedRoles();
        if (status == 401 || status == 403) {
            fail(caller + " holds " + CallerRoles.of(caller) + ", one of " + described
                    + " that the description names, but was refused: " + answer);
        }
        if (request.change()) {
            assertEquals(4, status / 100, () -> "a change the matrix sends is never applied (a body of {} and an"
                    + " If-Match no record has), yet it answered " + answer);
            return;
        }
        boolean readsAll = request.addressed().stream().allMatch(record -> record.readers().contains(caller));
        boolean addressedInPath = request.addressed().stream().anyMatch(record -> request.path().contains(record.id()));
        if (readsAll) {
            assertEquals(200, status, () -> caller + " may read " + names(request) + ", yet got " + answer);
        } else if (addressedInPath) {
            assertEquals(404, status, () -> caller + " may not see " + hiddenFrom(request, caller)
                    + ": it must be hidden (404), got " + answer);
        } else {
            assertTrue(status == 200 || status == 404, () -> caller + " asked about " + hiddenFrom(request, caller)
                    + ", which it may not see: an empty page or 404, got " + answer);
        }
    }

    private static void assertDisclosesNothingHidden(MatrixRequest request, Persona caller, String body,
            MatrixRecords records) {
        String target = request.target();
        for (MatrixRecords.Marker marker : records.markers()) {
            if (!marker.readers().contains(caller) && !target.contains(marker.value())) {
                assertFalse(body.contains(marker.value()), () -> caller + " may not see the " + marker.record()
                        + "'s " + marker.what() + " (" + marker.value() + "), yet the answer holds it: " + body);
            }
        }
    }

    private static void assertProblem(Response response, int status) {
        String answer = response.statusCode() + " " + response.asString();
        assertEquals(status, response.statusCode(), answer);
        String contentType = String.valueOf(response.contentType());
        assertTrue(contentType.startsWith("application/problem+json"),
                () -> "a refusal is a problem+json body, got " + contentType + ": " + answer);
        assertEquals(status, response.jsonPath().getInt("status"), answer);
    }

    private static String names(MatrixRequest request) {
        return request.addressed().stream().map(MatrixRecords.Seeded::name).toList().toString();
    }

    private static String hiddenFrom(MatrixRequest request, Persona caller) {
        return request.addressed().stream().filter(record -> !record.readers().contains(caller))
                .map(MatrixRecords.Seeded::name).toList().toString();
    }
}
