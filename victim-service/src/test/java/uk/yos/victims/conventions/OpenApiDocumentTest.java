package uk.yos.victims.conventions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What partner agencies generate clients from, where it is particular to victim-service; the rules every operation
 * keeps are ApiConventionsTest's.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theFeedbackReportSchemaHasNoPersonalOrContactFields() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> properties = document.getMap("components.schemas.VictimFeedbackReport.properties");
        for (String personal : List.of("givenName", "familyName", "dateOfBirth", "address", "phone", "email",
                "contactDetails")) {
            assertFalse(properties.containsKey(personal), "feedback report exposes " + personal);
        }
        assertTrue(properties.keySet().containsAll(List.of("victimId", "caseId", "rjOffered", "interventions",
                "views", "wishes", "agreedReparation")));
    }
}
