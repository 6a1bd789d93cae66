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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;

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
    /** {@code yos.gateway.public-realm-url} in the test profile. */
    private static final String PUBLIC_REALM_URL = "https://auth.yos.test/realms/yos";

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
    void eachDocumentOffersSigningInWithTheRealmBesideThePastedBearerToken() {
        UpstreamStubs.server("victim-service").stubFor(get(urlEqualTo("/q/openapi?format=json"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"openapi":"3.1.0","info":{"title":"YOS victim-service API","version":"1.0.0"},
                         "components":{"securitySchemes":{"bearerAuth":{"type":"http","scheme":"bearer"}}},
                         "paths":{"/api/v1/victims":{
                           "get":{"operationId":"search","security":[{"bearerAuth":["rj-worker"]}],
                                  "responses":{"200":{"description":"OK"}}},
                           "post":{"operationId":"record","security":[{"bearerAuth":["rj-worker"]}],
                                   "responses":{"201":{"description":"Created"}}}},
                          "/api/v1/victims/open":{
                           "get":{"operationId":"open","security":[],"responses":{"200":{"description":"OK"}}}}}}
                        """)));

        given().get("/openapi/victim-service.json")
                .then().statusCode(200)
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("components.securitySchemes.keycloakSignIn.type", equalTo("oauth2"))
                .body("components.securitySchemes.keycloakSignIn.flows.authorizationCode.authorizationUrl",
                        equalTo(PUBLIC_REALM_URL + "/protocol/openid-connect/auth"))
                .body("components.securitySchemes.keycloakSignIn.flows.authorizationCode.tokenUrl",
                        equalTo(PUBLIC_REALM_URL + "/protocol/openid-connect/token"))
                .body("components.securitySchemes.keycloakSignIn.flows.authorizationCode.scopes", hasKey("openid"))
                .body("components.securitySchemes.keycloakSignIn.flows", not(hasKey("implicit")))
                .body("paths.'/api/v1/victims'.get.security",
                        equalTo(List.of(Map.of("bearerAuth", List.of("rj-worker")), Map.of("keycloakSignIn", List.of()))))
                .body("paths.'/api/v1/victims'.post.security",
                        equalTo(List.of(Map.of("bearerAuth", List.of("rj-worker")), Map.of("keycloakSignIn", List.of()))))
                .body("paths.'/api/v1/victims/open'.get.security", hasSize(0));
    }

    @Test
    void aDocumentWithoutComponentsGetsTheSignInSchemeToo() {
        given().get("/openapi/case-service.json")
                .then().statusCode(200)
                .body("components.securitySchemes.keycloakSignIn.flows.authorizationCode.authorizationUrl",
                        equalTo(PUBLIC_REALM_URL + "/protocol/openid-connect/auth"))
                .body("paths.'/api/v1/case-service-things'.get", not(hasKey("security")));
    }

    @Test
    void theSwaggerUiSignsInWithTheFrontEndClientAndPkce() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("clientId: 'yos-web'"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"))
                .body(not(containsString("clientSecret")))
                .body(containsString("\"/q/swagger-ui/oauth2-redirect.html\""));
        given().get("/q/swagger-ui/oauth2-redirect.html").then().statusCode(200)
                .contentType(containsString("text/html"));
    }

    @Test
    void theSwaggerUiListsEveryServicesDocument() {
        ValidatableResponse page = given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));

        for (String service : UpstreamStubs.SERVICES) {
            page.body(containsString("/openapi/" + service + ".json"));
        }
    }
}
