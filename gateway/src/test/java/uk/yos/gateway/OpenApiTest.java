package uk.yos.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** One Swagger UI at the gateway, over each service's document with the gateway as its server. */
@QuarkusTest
class OpenApiTest {

    /** {@code yos.gateway.public-url} in the test profile. */
    private static final String PUBLIC_URL = "https://api.yos.test";

    @BeforeEach
    void resetStubs() {
        UpstreamStubs.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = { "case-service", "referral-order-service", "victim-service", "prevention-service" })
    void eachServicesDocumentIsServedWithTheGatewayAsItsOnlyServer(String service) {
        given().get("/openapi/" + service + ".json")
                .then().statusCode(200)
                .contentType("application/json")
                .header("RateLimit-Limit", notNullValue())
                .body("info.title", equalTo("YOS " + service + " API"))
                .body("paths", hasKey("/api/v1/" + service + "-things"))
                .body("servers", hasSize(1))
                .body("servers[0].url", equalTo(PUBLIC_URL));

        UpstreamStubs.server(service).verify(getRequestedFor(urlEqualTo("/q/openapi?format=json")));
    }

    @Test
    void anUnknownDocumentIsA404Problem() {
        assertProblem(given().get("/openapi/no-such-service.json"), 404);
    }

    @Test
    void aDocumentOfAServiceThatIsDownIsA503Problem() {
        assertEquals("dead-service is not available; try again shortly",
                assertProblem(given().get("/openapi/dead-service.json"), 503).getString("detail"));
    }

    @Test
    void aServiceAnsweringSomethingElseThanItsDocumentIsA503Problem() {
        UpstreamStubs.server("victim-service").stubFor(get(urlEqualTo("/q/openapi?format=json"))
                .willReturn(aResponse().withStatus(500).withBody("java.lang.IllegalStateException: boom")));

        assertProblem(given().get("/openapi/victim-service.json"), 503);
    }

    @Test
    void theSwaggerUiListsEveryServicesDocument() {
        ValidatableResponse page = given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));

        for (String service : UpstreamStubs.SERVICES) {
            page.body(containsString("/openapi/" + service + ".json"));
        }
    }
}
