package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;

/** CORS for the configured front ends only (the test profile keeps the defaults, localhost:3000 and :5173). */
@QuarkusTest
class CorsTest {

    private static final String FRONT_END = "http://localhost:5173";
    private static final String FOREIGN = "https://evil.example.com";

    @BeforeEach
    void resetStubs() {
        UpstreamStubs.reset();
    }

    @Test
    void anAllowedOriginGetsCorsHeaders() {
        given().auth().oauth2(Callers.newUser()).header("Origin", FRONT_END).get("/api/v1/cases")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void anAllowedOriginCanReadTheGatewaysOwnProblems() {
        given().header("Origin", "http://localhost:3000").get("/api/v1/cases")
                .then().statusCode(401).header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void anotherOriginIsServedWithoutAnyCorsHeader() {
        Response response = given().auth().oauth2(Callers.newUser()).header("Origin", FOREIGN).get("/api/v1/cases");

        assertEquals(200, response.statusCode());
        assertNoCorsHeaders(response);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredAtTheEdge() {
        given().header("Origin", FRONT_END)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/young-people")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Max-Age", equalTo("600"));

        UpstreamStubs.server("case-service").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoCorsHeaders() {
        Response response = given().header("Origin", FOREIGN)
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/cases/1");

        assertNoCorsHeaders(response);
        UpstreamStubs.server("case-service").verify(0, anyRequestedFor(anyUrl()));
    }

    private static void assertNoCorsHeaders(Response response) {
        for (Header header : response.headers()) {
            assertTrue(!header.getName().toLowerCase().startsWith("access-control-"), "unexpected " + header);
        }
    }
}
