package uk.yos.cases.conventions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What partner agencies generate clients from: every operation documented the same complete way. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsCompletelyDocumented() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("http", document.getString("components.securitySchemes.bearerAuth.type"));
        assertEquals("bearer", document.getString("components.securitySchemes.bearerAuth.scheme"));

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
            for (String status : List.of("401", "403", "500")) {
                if (!responses.containsKey(status)) {
                    problems.add(name + ": no " + status + " response");
                }
            }
            if (path.contains("{") && !responses.containsKey("404")) {
                problems.add(name + ": no 404 response");
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(operationIds.size(), operationIds.stream().distinct().count(), "operationIds are unique");
        assertFalse(paths.isEmpty());
    }

    /** Other services' clients are written against these names (README: "For other services"). */
    @Test
    void theOperationsOtherServicesCallKeepTheirAgreedNames() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String summary = "paths.'/api/v1/cases/{id}/summary'.get.";
        assertEquals("getCaseReference", document.getString(summary + "operationId"));
        assertEquals("#/components/schemas/CaseReference",
                document.getString(summary + "responses.'200'.content.'application/json'.schema.'$ref'"));

        String intake = "paths.'/api/v1/cases/diversion-intakes'.post.";
        assertEquals("receiveDiversionIntake", document.getString(intake + "operationId"));
        assertEquals("#/components/schemas/DiversionIntakeRequest",
                document.getString(intake + "requestBody.content.'application/json'.schema.'$ref'"));
        for (String status : List.of("200", "201")) {
            assertEquals("#/components/schemas/DiversionIntake", document.getString(
                    intake + "responses.'" + status + "'.content.'application/json'.schema.'$ref'"));
        }
        assertEquals(List.of("YOUTH_CAUTION", "YOUTH_CONDITIONAL_CAUTION"),
                document.getList("components.schemas.DiversionCaseType.enum"));
        assertEquals(Set.of("id", "youngPersonId", "caseType", "category", "status", "owningTeamCode",
                "outcomeDate", "offences"),
                document.<String, Object>getMap("components.schemas.CaseReference.properties").keySet());
    }
}
