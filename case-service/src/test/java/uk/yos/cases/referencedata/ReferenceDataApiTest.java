package uk.yos.cases.referencedata;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Persona;

@QuarkusTest
class ReferenceDataApiTest {

    private static final String PATH = "/api/v1/reference-data/";

    @Test
    void staffReadTheSeededTeamsAreasAndLocalities() {
        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "teams").then().statusCode(200)
                .body("code", hasItems("COURT", "NORTH_OOC", "WEST_OOC", "NORTH_POST_COURT", "WEST_POST_COURT",
                        "OTHER_SUPPORT"));
        Api.as(Persona.PERFORMANCE_ANALYST).get(PATH + "areas").then().statusCode(200)
                .body("code", hasItems("NORTH", "WEST"));
        Api.as(Persona.RJ_WORKER).get(PATH + "localities/CORBY").then().statusCode(200)
                .header("ETag", "\"0\"").body("areaCode", equalTo("NORTH"));
        assertProblem(Api.as(Persona.ADMIN).get(PATH + "planets"), 400);
        assertProblem(Api.as(Persona.ADMIN).get(PATH + "teams/NOPE"), 404);
    }

    @Test
    void anAdminAddsAndDeactivatesALocality() {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> locality = new HashMap<>(Map.of("code", code, "name", "Testville", "areaCode", "WEST",
                "active", true));

        Api.as(Persona.ADMIN).body(locality).post(PATH + "localities").then().statusCode(201)
                .header("ETag", "\"0\"").body("code", equalTo(code));
        assertProblem(Api.as(Persona.ADMIN).body(locality).post(PATH + "localities"), 409);

        locality.put("active", false);
        assertProblem(Api.as(Persona.ADMIN).body(locality).put(PATH + "localities/" + code), 428);
        Api.as(Persona.ADMIN).header("If-Match", "\"0\"").body(locality).put(PATH + "localities/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("active", equalTo(false));
        assertProblem(Api.as(Persona.ADMIN).header("If-Match", "\"0\"").body(locality)
                .put(PATH + "localities/" + code), 412);

        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "localities").then().body("code", not(hasItem(code)));
        Map<String, Object> child = Fixtures.youngPerson("NORTH_OOC");
        child.put("localityCode", code);
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(child).post("/api/v1/young-people"),
                "localityCode");
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'UPDATE' and record_id = ?",
                "LOCALITY/" + code));
    }

    @Test
    void localitiesNeedAKnownAreaAndOffenceTypesHaveNone() {
        assertValidationProblem(Api.as(Persona.ADMIN)
                .body(Map.of("code", "NOWHERE", "name", "Nowhere", "active", true)).post(PATH + "localities"),
                "areaCode");
        assertValidationProblem(Api.as(Persona.ADMIN)
                .body(Map.of("code", "NOWHERE", "name", "Nowhere", "areaCode", "EAST", "active", true))
                .post(PATH + "localities"), "areaCode");
        assertValidationProblem(Api.as(Persona.ADMIN)
                .body(Map.of("code", "x y", "name", "", "active", true)).post(PATH + "offence-types"),
                "code", "name");
    }

    @Test
    void onlyAnAdminChangesReferenceData() {
        assertProblem(Api.as(Persona.HEAD_OF_SERVICE)
                .body(Map.of("code", "NEWTEAM", "name", "New", "active", true)).post(PATH + "teams"), 403);
        assertProblem(Api.as(Persona.PANEL_VOLUNTEER).get(PATH + "teams"), 403);
    }
}
