package uk.yos.cases.realm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Persona;

/**
 * Proves the realm file, not the mock: tokens a real Keycloak issues for the demo users carry what
 * case-service relies on (audience, realm roles, team claim) and are accepted with exactly those roles.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class RealmTokensTest {

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(RealKeycloakResource.keycloak.tokenFor(username)).contentType(ContentType.JSON);
    }

    @Test
    void aDemoCaseManagersTokenIsAcceptedWithItsRoleAndTeam() {
        as("case-manager-north").get("/api/v1/cases").then().statusCode(200);
        as("case-manager-north").body(Fixtures.youngPerson("NORTH_OOC")).post("/api/v1/young-people")
                .then().statusCode(201).body("teamCode", equalTo("NORTH_OOC"));
        assertProblem(as("case-manager-north").body(Fixtures.youngPerson("WEST_OOC")).post("/api/v1/young-people"),
                403);
    }

    @Test
    void theRealmsRolesDecideWhatEachDemoUserMayDo() {
        as("admin").get("/api/v1/reference-data/teams").then().statusCode(200);
        assertProblem(as("case-manager-north").body("{\"code\":\"X\",\"name\":\"X\",\"active\":true}")
                .post("/api/v1/reference-data/teams"), 403);
        assertProblem(as("performance-analyst").get("/api/v1/young-people"), 403);
        as("head-of-service").get("/api/v1/young-people").then().statusCode(200);
    }

    @Test
    void thePolicePartnerClientsServiceAccountHasOnlyItsRole() {
        String token = RealKeycloakResource.keycloak.clientCredentialsToken("yos-partner-police",
                RealKeycloakResource.keycloak.partnerPoliceSecret());
        assertProblem(given().auth().oauth2(token).get("/api/v1/young-people"), 403);
    }

    @Test
    void tokensFromTheTestIssuerAreRefusedHere() {
        assertProblem(given().auth().oauth2(Persona.HEAD_OF_SERVICE.token()).get("/api/v1/cases"), 401);
    }
}
