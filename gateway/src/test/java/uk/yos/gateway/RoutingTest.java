package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
class RoutingTest {

    private static final String QUERY = "?name=Sm%C3%AFth&page=0&sort=familyName,desc";

    @BeforeEach
    void resetStubs() {
        UpstreamStubs.reset();
    }

    /** The route table every other module relies on. */
    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("case-service", "/api/v1/young-people"),
                Arguments.of("case-service", "/api/v1/cases"),
                Arguments.of("case-service", "/api/v1/work"),
                Arguments.of("case-service", "/api/v1/reference-data"),
                Arguments.of("case-service", "/api/v1/staff"),
                Arguments.of("referral-order-service", "/api/v1/referral-orders"),
                Arguments.of("referral-order-service", "/api/v1/panels"),
                Arguments.of("referral-order-service", "/api/v1/volunteers"),
                Arguments.of("victim-service", "/api/v1/victims"),
                Arguments.of("victim-service", "/api/v1/rj-interventions"),
                Arguments.of("prevention-service", "/api/v1/prevention-referrals"));
    }

    @ParameterizedTest(name = "{1} goes to {0}")
    @MethodSource("routes")
    void eachPrefixGoesToItsServiceWithPathQueryTokenAndRequestId(String service, String prefix) {
        String token = Callers.newUser();
        String requestId = "routing-" + UUID.randomUUID();
        String path = prefix + "/" + UUID.randomUUID() + "/items";

        given().auth().oauth2(token).header("X-Request-Id", requestId).urlEncodingEnabled(false)
                .get(path + QUERY)
                .then().statusCode(200)
                .header("X-Request-Id", requestId)
                .body("service", equalTo(service));

        UpstreamStubs.server(service).verify(1, getRequestedFor(urlEqualTo(path + QUERY))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withHeader("X-Request-Id", WireMock.equalTo(requestId)));
        for (String other : UpstreamStubs.SERVICES) {
            if (!other.equals(service)) {
                UpstreamStubs.server(other).verify(0, anyRequestedFor(urlPathMatching(prefix + ".*")));
            }
        }
    }

    @ParameterizedTest(name = "{1} itself goes to {0}")
    @MethodSource("routes")
    void thePrefixItselfIsRouted(String service, String prefix) {
        given().auth().oauth2(Callers.newUser()).get(prefix)
                .then().statusCode(200).body("service", equalTo(service));
    }

    @Test
    void aBodyIsPassedOnAndTheUpstreamsAnswerComesBack() {
        String body = "{\"givenName\":\"Sam\",\"familyName\":\"Smith\"}";

        given().auth().oauth2(Callers.newUser()).contentType("application/json").body(body)
                .post("/api/v1/young-people")
                .then().statusCode(200).body("service", equalTo("case-service"));

        UpstreamStubs.server("case-service").verify(postRequestedFor(urlEqualTo("/api/v1/young-people"))
                .withHeader("Content-Type", WireMock.equalTo("application/json"))
                .withRequestBody(equalToJson(body)));
    }

    @Test
    void theGatewaysRequestIdIsTheOnlyOneOnTheResponseAndUpstreamCorsHeadersAreDropped() {
        Response response = given().auth().oauth2(Callers.newUser()).header("X-Request-Id", "only-this-one")
                .get("/api/v1/cases");

        assertEquals(200, response.statusCode());
        assertEquals(List.of("only-this-one"), response.headers().getValues("X-Request-Id"));
        assertEquals(null, response.header("Access-Control-Allow-Origin"));
    }

    @Test
    void anUnsafeRequestIdIsReplacedByANewOneThatGoesUpstreamToo() {
        String unsafe = "forged\tid with spaces";
        String path = "/api/v1/cases/" + UUID.randomUUID();

        String requestId = given().auth().oauth2(Callers.newUser()).header("X-Request-Id", unsafe).get(path)
                .then().statusCode(200).extract().header("X-Request-Id");

        assertNotEquals(unsafe, requestId);
        UUID.fromString(requestId);
        UpstreamStubs.server("case-service").verify(getRequestedFor(urlEqualTo(path))
                .withHeader("X-Request-Id", WireMock.equalTo(requestId)));
    }

    @Test
    void withoutARequestIdOneIsGenerated() {
        String requestId = given().auth().oauth2(Callers.newUser()).get("/api/v1/victims")
                .then().statusCode(200).extract().header("X-Request-Id");

        UUID.fromString(requestId);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/casesx", "/api/v1/cases-archive/1", "/api/v1", "/api/v2/cases", "/cases",
            "/q/metrics", "/q/openapi", "/q/dev-ui", "/q/info" })
    void aPathNoServiceOwnsIsA404ProblemAndReachesNoService(String path) {
        String requestId = "not-found-" + UUID.randomUUID();

        var problem = assertProblem(given().auth().oauth2(Callers.newUser()).header("X-Request-Id", requestId).get(path), 404);

        assertEquals("urn:yos:problem:not-found", problem.getString("type"));
        assertEquals(requestId, problem.getString("requestId"));
        assertNothingReachedAnyService();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/cases/../../q/metrics", "/api/v1/cases/%2e%2e/%2e%2e/q/metrics",
            "/api/v1/cases/1/../../../q/health/live/../../metrics", "/api/v1/cases/x/../1", "/api/v1/ca%73es/1" })
    void aPathThatIsNotCanonicalIsNeverForwarded(String rawPath) throws IOException {
        String statusLine = rawGet(rawPath);

        assertTrue(statusLine.startsWith("HTTP/1.1 404"), statusLine);
        assertNothingReachedAnyService();
    }

    @Test
    void anUpstreamProblemPassesThroughUnchanged() {
        String id = UUID.randomUUID().toString();
        String problem = "{\"type\":\"urn:yos:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"No case " + id + "\",\"instance\":\"/api/v1/cases/" + id + "\",\"requestId\":\"up-404\"}";
        UpstreamStubs.server("case-service").stubFor(get(urlEqualTo("/api/v1/cases/" + id)).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json").withBody(problem)));

        Response response = given().auth().oauth2(Callers.newUser()).get("/api/v1/cases/" + id);

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.contentType());
        assertEquals(problem, response.asString());
    }

    @Test
    void anUpstream5xxPassesThroughUnchanged() {
        String problem = "{\"type\":\"urn:yos:problem:service-unavailable\",\"title\":\"Service unavailable\","
                + "\"status\":503,\"detail\":\"case-service is not available; try again shortly\"}";
        UpstreamStubs.server("victim-service").stubFor(get(urlEqualTo("/api/v1/victims/needs-case")).willReturn(aResponse()
                .withStatus(503).withHeader("Content-Type", "application/problem+json").withHeader("Retry-After", "5")
                .withBody(problem)));

        Response response = given().auth().oauth2(Callers.newUser()).get("/api/v1/victims/needs-case");

        assertEquals(503, response.statusCode());
        assertEquals("5", response.header("Retry-After"));
        assertEquals(problem, response.asString());
    }

    @Test
    void http2CallersAreProxiedWithTheirBodies() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String token = Callers.newUser();
        URI base = URI.create("http://localhost:" + RestAssured.port);

        HttpResponse<String> read = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/cases/h2"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> write = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString("{\"h2\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, read.statusCode(), read.body());
        assertEquals(200, write.statusCode(), write.body());
        assertEquals(HttpClient.Version.HTTP_2, write.version());
        UpstreamStubs.server("case-service").verify(postRequestedFor(urlEqualTo("/api/v1/cases"))
                .withRequestBody(equalToJson("{\"h2\":true}")));
    }

    private static void assertNothingReachedAnyService() {
        for (String service : UpstreamStubs.SERVICES) {
            WireMockServer server = UpstreamStubs.server(service);
            server.verify(0, anyRequestedFor(anyUrl()));
        }
    }

    /** Sends the path exactly as given (HTTP clients would tidy dot segments away before sending). */
    private static String rawGet(String rawPath) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Callers.newUser()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
