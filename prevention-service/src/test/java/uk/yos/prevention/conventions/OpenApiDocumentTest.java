package uk.yos.prevention.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.yos.prevention.Api;
import uk.yos.prevention.Fixtures;
import uk.yos.testsupport.Persona;

/**
 * What partner agencies generate clients from, where it is particular to prevention-service; the rules every
 * operation keeps are ApiConventionsTest's.
 */
@QuarkusTest
class OpenApiDocumentTest {

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

    /** Its 503 naming case-service is ApiConventionsTest's ({@code calling}). */
    @Test
    void theDecisionDocumentsItsRefusalsAndOutcomes() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> responses = document.getMap(
                "paths.'/api/v1/prevention-referrals/{id}/decision'.post.responses");
        assertTrue(responses.containsKey("422"), "422 documented: " + responses.keySet());
        List<String> outcomes = document.getList("components.schemas.DecisionOutcome.enum");
        assertEquals(List.of("NO_FURTHER_ACTION", "COMMUNITY_RESOLUTION", "OUTCOME_21", "OUTCOME_22", "YOUTH_CAUTION",
                "YOUTH_CONDITIONAL_CAUTION", "CHARGE"), outcomes);
    }
}
