package uk.yos.referralorders.conventions;

import static org.hamcrest.Matchers.equalTo;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;

/**
 * Every endpoint, every persona: no or bad token is 401, a role the endpoint does not list is 403, and an allowed
 * role gets past security (here to a 404 or 400 for a made-up record, never 401 or 403).
 */
@QuarkusTest
class EndpointSecurityTest {

    private static final String ID = UUID.randomUUID().toString();

    private static final Set<Persona> COORDINATOR = EnumSet.of(Persona.PANEL_COORDINATOR);
    private static final Set<Persona> VOLUNTEER_READERS = EnumSet.of(Persona.PANEL_COORDINATOR,
            Persona.HEAD_OF_SERVICE);
    private static final Set<Persona> ORDER_READERS = EnumSet.of(Persona.PANEL_COORDINATOR,
            Persona.CASE_MANAGER_NORTH, Persona.CASE_MANAGER_WEST, Persona.OPERATIONS_MANAGER_NORTH,
            Persona.OPERATIONS_MANAGER_WEST, Persona.HEAD_OF_SERVICE);
    private static final Set<Persona> PANEL_READERS = EnumSet.of(Persona.PANEL_VOLUNTEER, Persona.PANEL_COORDINATOR,
            Persona.CASE_MANAGER_NORTH, Persona.CASE_MANAGER_WEST, Persona.OPERATIONS_MANAGER_NORTH,
            Persona.OPERATIONS_MANAGER_WEST, Persona.HEAD_OF_SERVICE);

    record Endpoint(String method, String path, Set<Persona> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        String orders = "/api/v1/referral-orders";
        String panels = "/api/v1/panels";
        String volunteers = "/api/v1/volunteers";
        return Stream.of(
                new Endpoint("GET", orders, ORDER_READERS),
                new Endpoint("POST", orders, COORDINATOR),
                new Endpoint("GET", orders + "/" + ID, ORDER_READERS),
                new Endpoint("PUT", orders + "/" + ID, COORDINATOR),
                new Endpoint("GET", orders + "/" + ID + "/contract", PANEL_READERS),
                new Endpoint("POST", orders + "/" + ID + "/extensions", COORDINATOR),
                new Endpoint("POST", orders + "/" + ID + "/revocation-requests", COORDINATOR),
                new Endpoint("POST", orders + "/" + ID + "/revocation-requests/" + ID + "/decision", COORDINATOR),
                new Endpoint("POST", orders + "/" + ID + "/missed-appointments", COORDINATOR),
                new Endpoint("GET", panels, PANEL_READERS),
                new Endpoint("POST", panels, COORDINATOR),
                new Endpoint("GET", panels + "/" + ID, PANEL_READERS),
                new Endpoint("PUT", panels + "/" + ID, COORDINATOR),
                new Endpoint("POST", panels + "/" + ID + "/outcome", COORDINATOR),
                new Endpoint("PUT", panels + "/" + ID + "/debrief", COORDINATOR),
                new Endpoint("POST", panels + "/" + ID + "/cancellation", COORDINATOR),
                new Endpoint("GET", volunteers, VOLUNTEER_READERS),
                new Endpoint("POST", volunteers, COORDINATOR),
                new Endpoint("GET", volunteers + "/" + ID, VOLUNTEER_READERS),
                new Endpoint("PUT", volunteers + "/" + ID, COORDINATOR),
                new Endpoint("POST", volunteers + "/" + ID + "/status-changes", COORDINATOR),
                new Endpoint("PUT", volunteers + "/" + ID + "/dbs-check", COORDINATOR),
                new Endpoint("POST", volunteers + "/" + ID + "/training-records", COORDINATOR),
                new Endpoint("POST", volunteers + "/" + ID + "/conflicts", COORDINATOR),
                new Endpoint("DELETE", volunteers + "/" + ID + "/conflicts/" + ID, COORDINATOR));
    }

    @BeforeEach
    void resetCaseService() {
        Fixtures.resetCaseService();
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
