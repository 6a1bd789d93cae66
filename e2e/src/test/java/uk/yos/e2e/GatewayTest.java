package uk.yos.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static uk.yos.e2e.Api.as;

import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway's own behaviour as a caller sees it: health, the one Swagger UI, request ids, routing, tokens. */
@ExtendWith(SuiteExtension.class)
@DisplayName("The gateway as the one entry point")
class GatewayTest {

    @Test
    @DisplayName("It is ready, whatever its upstreams do")
    void itIsReady(Suite suite) {
        RestAssured.given().baseUri(suite.gatewayUrl()).get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    @DisplayName("One Swagger UI serves every service's document, with the gateway as the server")
    void oneSwaggerUiForAllServices(Suite suite) {
        RestAssured.given().baseUri(suite.gatewayUrl()).get("/q/swagger-ui/")
                .then().statusCode(200).contentType(containsString("text/html"));
        String publicUrl = "http://localhost:" + suite.stack().service("gateway").orElseThrow().port();
        for (String[] document : new String[][] {
                { "case-service", "/api/v1/cases" }, { "referral-order-service", "/api/v1/referral-orders" },
                { "victim-service", "/api/v1/victims" }, { "prevention-service", "/api/v1/prevention-referrals" } }) {
            RestAssured.given().baseUri(suite.gatewayUrl()).get("/openapi/" + document[0] + ".json")
                    .then().statusCode(200)
                    .body("paths", hasKey(document[1]))
                    .body("servers.url", equalTo(java.util.List.of(publicUrl)));
        }
    }

    @Test
    @DisplayName("The caller's request id comes back and reaches the service (its problem body names it)")
    void theRequestIdReachesTheService() {
        String requestId = Api.requestId();
        as(Persona.CASE_MANAGER_NORTH, requestId)
                .get("/api/v1/cases/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Request-Id", requestId)
                .contentType(containsString("application/problem+json"))
                .body("requestId", equalTo(requestId));
        RestAssured.given().baseUri(Suite.get().gatewayUrl()).get("/q/health/live")
                .then().header("X-Request-Id", notNullValue());
    }

    @Test
    @DisplayName("Only the configured prefixes are routed: /api/v1/casesx and unknown paths are 404 problems")
    void onlyConfiguredPrefixesAreRouted() {
        for (String path : new String[] { "/api/v1/casesx", "/api/v1/no-such-resource", "/api/v2/cases" }) {
            as(Persona.HEAD_OF_SERVICE).get(path)
                    .then().statusCode(404)
                    .contentType(containsString("application/problem+json"))
                    .body("status", equalTo(404));
        }
    }

    @Test
    @DisplayName("A token that is not from the realm is refused at the edge with a problem body")
    void aForgedTokenIsRefused() {
        Suite suite = Suite.get();
        String token = suite.token(Persona.HEAD_OF_SERVICE);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        RestAssured.given().spec(suite.spec()).auth().oauth2(tampered).get("/api/v1/cases")
                .then().statusCode(401)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(401));
        RestAssured.given().spec(suite.spec()).auth().oauth2(token).get("/api/v1/cases")
                .then().statusCode(200)
                .body("items", notNullValue());
    }

    @Test
    @DisplayName("A list through the gateway is the service's page")
    void aListIsTheServicesPage() {
        as(Persona.ADMIN).get("/api/v1/reference-data/teams")
                .then().statusCode(200)
                .body("code", hasItem("NORTH_OOC"));
        as(Persona.HEAD_OF_SERVICE).get("/api/v1/cases?size=5")
                .then().statusCode(200)
                .body("size", equalTo(5))
                .body("page", equalTo(0));
    }
}
