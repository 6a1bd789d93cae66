package uk.yos.prevention.conventions;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import uk.yos.prevention.Api;
import uk.yos.prevention.Db;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;

/**
 * Every endpoint, every persona: no or bad token is 401, a role the endpoint does not list is 403 (and writes
 * nothing), and an allowed role gets past security (here to a 404 or 400 for a made-up record, never 401 or 403).
 */
@QuarkusTest
class EndpointSecurityTest {

    private static final String ID = UUID.randomUUID().toString();
    private static final String PATH = "/api/v1/prevention-referrals";

    private static final Set<Persona> WORKERS = EnumSet.of(Persona.PREVENTION_WORKER);
    private static final Set<Persona> WORKERS_AND_POLICE = EnumSet.of(Persona.PREVENTION_WORKER,
            Persona.POLICE_REFERRER, Persona.POLICE_PARTNER_CLIENT);
    /** The head of service reads what the worker reads, and changes nothing. */
    private static final Set<Persona> READERS = EnumSet.of(Persona.PREVENTION_WORKER, Persona.HEAD_OF_SERVICE);
    private static final Set<Persona> READERS_AND_POLICE = EnumSet.of(Persona.PREVENTION_WORKER,
            Persona.HEAD_OF_SERVICE, Persona.POLICE_REFERRER, Persona.POLICE_PARTNER_CLIENT);

    record Endpoint(String method, String path, Set<Persona> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET", PATH, READERS_AND_POLICE),
                new Endpoint("POST", PATH, WORKERS_AND_POLICE),
                new Endpoint("GET", PATH + "/" + ID, READERS),
                new Endpoint("GET", PATH + "/" + ID + "/status", READERS_AND_POLICE),
                new Endpoint("PUT", PATH + "/" + ID + "/triage", WORKERS),
                new Endpoint("POST", PATH + "/" + ID + "/decision", WORKERS),
                new Endpoint("POST", PATH + "/" + ID + "/closure", WORKERS));
    }

    @BeforeEach
    void caseServiceAnswersNothing() {
        CaseServiceStub.reset();
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
            String before = Db.snapshot();
            Response response = call(Api.as(persona), endpoint);
            if (endpoint.allowed().contains(persona)) {
                int status = response.statusCode();
                if (status == 401 || status == 403) {
                    throw new AssertionError(persona + " should be allowed " + endpoint + " but got " + status);
                }
            } else {
                assertProblem(response, 403);
                assertEquals(before, Db.snapshot(), persona + " refused, so nothing may be written");
            }
        }
        assertEquals(0, CaseServiceStub.server().getAllServeEvents().size(), "no call reached case-service");
    }

    private static Response call(RequestSpecification request, Endpoint endpoint) {
        return request.contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .request(endpoint.method(), endpoint.path());
    }
}
