package uk.yos.cases.conventions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.yos.cases.allocation.AllocationRole;
import uk.yos.cases.caserecord.CaseView;

/**
 * What partner agencies and the other services generate clients from, where it is particular to case-service; the
 * rules every operation keeps are ApiConventionsTest's.
 */
@QuarkusTest
class OpenApiDocumentTest {

    /** The list bounds the document promises are the ones the service keeps (CaseApiTest tests the offences cap). */
    @Test
    void aCasesListsHaveTheBoundsTheServiceKeeps() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String caseProperties = "components.schemas.Case.properties.";
        assertEquals(CaseView.MAX_OFFENCES, document.getInt(caseProperties + "offences.maxItems"));
        // At most one current holder per role, kept by a unique key.
        assertEquals(AllocationRole.values().length, document.getInt(caseProperties + "currentAllocations.maxItems"));
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
