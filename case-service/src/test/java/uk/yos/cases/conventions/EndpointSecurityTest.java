package uk.yos.cases.conventions;

import static org.hamcrest.Matchers.equalTo;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.yos.cases.Api;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;

/**
 * Every endpoint, every persona: no or bad token is 401, a role the endpoint does not list is 403, and an allowed
 * role gets past security (here to a 404 or 400 for a made-up record, never 401 or 403).
 */
@QuarkusTest
class EndpointSecurityTest {

    private static final String ID = UUID.randomUUID().toString();

    private static final Set<Persona> CASE_READERS = EnumSet.of(Persona.CASE_MANAGER_NORTH,
            Persona.CASE_MANAGER_WEST, Persona.OPERATIONS_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_WEST,
            Persona.HEAD_OF_SERVICE);
    private static final Set<Persona> CASE_WRITERS = EnumSet.of(Persona.CASE_MANAGER_NORTH,
            Persona.CASE_MANAGER_WEST, Persona.OPERATIONS_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_WEST);
    /** The case reference view: case readers plus the RJ team and panel coordinators of other services. */
    private static final Set<Persona> CASE_REFERENCE_READERS = EnumSet.of(Persona.CASE_MANAGER_NORTH,
            Persona.CASE_MANAGER_WEST, Persona.OPERATIONS_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_WEST,
            Persona.HEAD_OF_SERVICE, Persona.RJ_WORKER, Persona.PANEL_COORDINATOR);
    private static final Set<Persona> PREVENTION_WORKERS = EnumSet.of(Persona.PREVENTION_WORKER);
    private static final Set<Persona> ALLOCATORS = EnumSet.of(Persona.OPERATIONS_MANAGER_NORTH,
            Persona.OPERATIONS_MANAGER_WEST);
    private static final Set<Persona> REFERENCE_READERS = EnumSet.of(Persona.CASE_MANAGER_NORTH,
            Persona.CASE_MANAGER_WEST, Persona.OPERATIONS_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_WEST,
            Persona.HEAD_OF_SERVICE, Persona.RJ_WORKER, Persona.PANEL_COORDINATOR, Persona.PREVENTION_WORKER,
            Persona.PERFORMANCE_ANALYST, Persona.ADMIN);
    private static final Set<Persona> ADMINS = EnumSet.of(Persona.ADMIN);

    record Endpoint(String method, String path, Set<Persona> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET", "/api/v1/young-people", CASE_READERS),
                new Endpoint("POST", "/api/v1/young-people", CASE_WRITERS),
                new Endpoint("GET", "/api/v1/young-people/" + ID, CASE_READERS),
                new Endpoint("PUT", "/api/v1/young-people/" + ID, CASE_WRITERS),
                new Endpoint("GET", "/api/v1/cases", CASE_READERS),
                new Endpoint("POST", "/api/v1/cases", CASE_WRITERS),
                new Endpoint("GET", "/api/v1/cases/" + ID, CASE_READERS),
                new Endpoint("GET", "/api/v1/cases/" + ID + "/summary", CASE_REFERENCE_READERS),
                new Endpoint("POST", "/api/v1/cases/diversion-intakes", PREVENTION_WORKERS),
                new Endpoint("PUT", "/api/v1/cases/" + ID, CASE_WRITERS),
                new Endpoint("POST", "/api/v1/cases/" + ID + "/offences", CASE_WRITERS),
                new Endpoint("PUT", "/api/v1/cases/" + ID + "/offences/" + ID, CASE_WRITERS),
                new Endpoint("POST", "/api/v1/cases/" + ID + "/closure", CASE_WRITERS),
                new Endpoint("POST", "/api/v1/cases/" + ID + "/reopening", CASE_WRITERS),
                new Endpoint("GET", "/api/v1/cases/" + ID + "/allocations", CASE_READERS),
                new Endpoint("POST", "/api/v1/cases/" + ID + "/allocations", ALLOCATORS),
                new Endpoint("POST", "/api/v1/cases/" + ID + "/allocations/" + ID + "/end", ALLOCATORS),
                new Endpoint("GET", "/api/v1/reference-data/teams", REFERENCE_READERS),
                new Endpoint("GET", "/api/v1/reference-data/teams/COURT", REFERENCE_READERS),
                new Endpoint("POST", "/api/v1/reference-data/teams", ADMINS),
                new Endpoint("PUT", "/api/v1/reference-data/teams/COURT", ADMINS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutAValidTokenIsUnauthorised(Endpoint endpoint) {
        Persona someone = endpoint.allowed().iterator().next();
        for (String token : new String[] { null, "not-a-jwt", Tokens.expired(someone),
                Tokens.withAudience(someone, "another-api"), Tokens.signedWithUnknownKey(someone) }) {
            RequestSpecification request = Api.anonymous();
            if (token != null) {
                request.auth().oauth2(token);
            }
            Response response = call(request, endpoint);
            assertProblem(response, 401);
            response.then().header("WWW-Authenticate", equalTo("Bearer"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachRoleGetsExactlyWhatItIsAllowed(Endpoint endpoint) {
        for (Persona persona : Persona.values()) {
            Response response = call(Api.as(persona), endpoint);
            if (endpoint.allowed().contains(persona)) {
                int status = response.statusCode();
                if (status == 401 || status == 403) {
                    throw new AssertionError(persona + " should be allowed " + endpoint + " but got " + status);
                }
            } else {
                assertProblem(response, 403);
            }
        }
    }

    private static Response call(RequestSpecification request, Endpoint endpoint) {
        return request.contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .request(endpoint.method(), endpoint.path());
    }
}
