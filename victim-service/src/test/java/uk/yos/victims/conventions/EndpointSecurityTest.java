package uk.yos.victims.conventions;

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
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;
import uk.yos.victims.Api;
import uk.yos.victims.StubbedCaseService;

/**
 * Every endpoint, every persona: no or bad token is 401, a role the endpoint does not list is 403, and an allowed
 * role gets past security (here to a 404 or 400 for a made-up record, never 401 or 403). Everything is for the RJ
 * team except the feedback report and reading RJ interventions.
 */
@QuarkusTest
class EndpointSecurityTest extends StubbedCaseService {

    private static final String ID = UUID.randomUUID().toString();
    private static final String VICTIM = "/api/v1/victims/" + ID;

    private static final Set<Persona> RJ_TEAM = EnumSet.of(Persona.RJ_WORKER);
    /** RJ interventions hold no victim personal data, so the head of service may read them (never change them). */
    private static final Set<Persona> INTERVENTION_READERS = EnumSet.of(Persona.RJ_WORKER, Persona.HEAD_OF_SERVICE);
    private static final Set<Persona> FEEDBACK_READERS = EnumSet.of(Persona.RJ_WORKER, Persona.CASE_MANAGER_NORTH,
            Persona.CASE_MANAGER_WEST, Persona.OPERATIONS_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_WEST,
            Persona.HEAD_OF_SERVICE, Persona.PANEL_COORDINATOR);

    record Endpoint(String method, String path, Set<Persona> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET", "/api/v1/victims", RJ_TEAM),
                new Endpoint("POST", "/api/v1/victims", RJ_TEAM),
                new Endpoint("GET", "/api/v1/victims/rj-information-due", RJ_TEAM),
                new Endpoint("GET", VICTIM, RJ_TEAM),
                new Endpoint("PUT", VICTIM, RJ_TEAM),
                new Endpoint("PUT", VICTIM + "/consent", RJ_TEAM),
                new Endpoint("POST", VICTIM + "/consent-withdrawal", RJ_TEAM),
                new Endpoint("PUT", VICTIM + "/rj-decision", RJ_TEAM),
                new Endpoint("PUT", VICTIM + "/feedback", RJ_TEAM),
                new Endpoint("GET", VICTIM + "/contacts", RJ_TEAM),
                new Endpoint("POST", VICTIM + "/contacts", RJ_TEAM),
                new Endpoint("GET", VICTIM + "/contacts/" + ID, RJ_TEAM),
                new Endpoint("GET", VICTIM + "/support-referrals", RJ_TEAM),
                new Endpoint("POST", VICTIM + "/support-referrals", RJ_TEAM),
                new Endpoint("GET", VICTIM + "/support-referrals/" + ID, RJ_TEAM),
                new Endpoint("GET", VICTIM + "/evaluations", RJ_TEAM),
                new Endpoint("POST", VICTIM + "/evaluations", RJ_TEAM),
                new Endpoint("GET", VICTIM + "/evaluations/" + ID, RJ_TEAM),
                new Endpoint("GET", VICTIM + "/feedback-report", FEEDBACK_READERS),
                new Endpoint("GET", "/api/v1/victims/feedback-reports?caseId=" + ID, FEEDBACK_READERS),
                new Endpoint("GET", "/api/v1/rj-interventions", INTERVENTION_READERS),
                new Endpoint("POST", "/api/v1/rj-interventions", RJ_TEAM),
                new Endpoint("GET", "/api/v1/rj-interventions/" + ID, INTERVENTION_READERS),
                new Endpoint("PUT", "/api/v1/rj-interventions/" + ID, RJ_TEAM));
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
                if (status == 401 || status == 403 || status >= 500) {
                    throw new AssertionError(persona + " should be allowed " + endpoint + " but got " + status
                            + ": " + response.asString());
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
