package uk.yos.prevention.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.yos.prevention.Api;
import uk.yos.prevention.Fixtures;
import uk.yos.testsupport.Persona;

/** What partner agencies generate clients from: every operation documented the same complete way. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsCompletelyDocumented() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("http", document.getString("components.securitySchemes.bearerAuth.type"));
        assertEquals("bearer", document.getString("components.securitySchemes.bearerAuth.scheme"));
        assertTrue(document.getString("components.securitySchemes.bearerAuth.description").contains("RFC8725"));
        assertEquals(List.of("https://api.yos.example"), document.getList("servers.url"), "the gateway, only");

        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> problems = new ArrayList<>();
        List<String> operationIds = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            operationIds.add((String) operation.get("operationId"));
            if (operation.get("operationId") == null) {
                problems.add(name + ": no operationId");
            }
            if (operation.get("summary") == null) {
                problems.add(name + ": no summary");
            }
            List<String> tags = (List<String>) operation.get("tags");
            if (tags == null || tags.isEmpty()) {
                problems.add(name + ": no tag");
            }
            String description = (String) operation.get("description");
            if (description == null || !description.startsWith("Roles: ")) {
                problems.add(name + ": description does not start with its roles");
            }
            if (operation.get("security") == null) {
                problems.add(name + ": no security requirement");
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            // 429, 503 and 504 and the rate-limit headers are the gateway's (common's ApiDocumentFilter).
            for (String status : List.of("401", "403", "429", "500", "503", "504")) {
                if (!responses.containsKey(status)) {
                    problems.add(name + ": no " + status + " response");
                }
            }
            responses.forEach((status, response) -> {
                Map<String, Object> headers = (Map<String, Object>) ((Map<String, Object>) response).get("headers");
                if (headers == null || !headers.keySet().containsAll(RATE_LIMIT_HEADERS)) {
                    problems.add(name + ": " + status + " does not document the rate-limit headers");
                }
            });
            if (path.contains("{") && !responses.containsKey("404")) {
                problems.add(name + ": no 404 response");
            }
            if (!"get".equals(method) && path.contains("{") && !responses.containsKey("412")) {
                problems.add(name + ": a change without a documented 412");
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(operationIds.size(), operationIds.stream().distinct().count(), "operationIds are unique");
        assertEquals(7, operationIds.size(), "every endpoint is in the document: " + operationIds);
        assertFalse(paths.isEmpty());
    }

    /**
     * The create operation answers one of two views; the document names the property that tells them apart, and
     * each view carries it with its one value, so a generated client picks the right type without guessing.
     */
    @Test
    void theCreateResponseSaysWhichViewItIsInTheDocumentAndInEveryResponse() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String created = "paths.'/api/v1/prevention-referrals'.post.responses.'201'.content.'application/json'.schema";
        assertEquals(List.of("#/components/schemas/PreventionReferral",
                "#/components/schemas/PreventionReferralStatus"), document.getList(created + ".oneOf.$ref"));
        assertEquals("view", document.getString(created + ".discriminator.propertyName"));
        assertEquals(Map.of("FULL", "#/components/schemas/PreventionReferral",
                "STATUS", "#/components/schemas/PreventionReferralStatus"),
                document.getMap(created + ".discriminator.mapping"));
        Map<String, String> views = Map.of("PreventionReferral", "FULL", "PreventionReferralStatus", "STATUS");
        views.forEach((schema, value) -> {
            String view = "components.schemas." + schema + ".properties.view";
            assertEquals(List.of(value), document.getList(view + ".enum"), schema);
            assertEquals("string", document.getString(view + ".type"), schema);
            assertTrue(document.getList("components.schemas." + schema + ".required").contains("view"),
                    schema + " requires view");
        });

        Fixtures.create(Persona.PREVENTION_WORKER, Fixtures.riskReferral()).then().statusCode(201)
                .body("view", equalTo("FULL")).body("child.familyName", equalTo("Testchild"));
        String id = Fixtures.create(Persona.POLICE_REFERRER, Fixtures.policeReferral()).then().statusCode(201)
                .body("view", equalTo("STATUS")).body("$", not(hasKey("child"))).extract().path("id");
        Api.as(Persona.PREVENTION_WORKER).get(Fixtures.PATH + "/" + id).then().statusCode(200)
                .body("view", equalTo("FULL"));
        Api.as(Persona.POLICE_REFERRER).get(Fixtures.PATH + "/" + id + "/status").then().statusCode(200)
                .body("view", equalTo("STATUS"));
    }

    @Test
    void theDecisionDocumentsThatCaseServiceCanBeUnavailable() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> responses = document.getMap(
                "paths.'/api/v1/prevention-referrals/{id}/decision'.post.responses");
        assertTrue(document.getString("paths.'/api/v1/prevention-referrals/{id}/decision'.post.responses.'503'"
                + ".description").contains("case-service"), "the decision's own 503 is documented");
        assertTrue(responses.containsKey("422"), "422 documented: " + responses.keySet());
        List<String> outcomes = document.getList("components.schemas.DecisionOutcome.enum");
        assertEquals(List.of("NO_FURTHER_ACTION", "COMMUNITY_RESOLUTION", "OUTCOME_21", "OUTCOME_22", "YOUTH_CAUTION",
                "YOUTH_CONDITIONAL_CAUTION", "CHARGE"), outcomes);
    }
}
