package uk.yos.cases.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.TestResources;
import uk.yos.testsupport.MariaDbTestResource;
import uk.yos.testsupport.Persona;

/**
 * With a request deadline of 1 s: the service started, so a migration statement of 2 s was not cut short by it,
 * while a request that waits longer than the deadline for its answer gets the 503 problem and changes nothing.
 */
@QuarkusTest
@TestProfile(ShortDatabaseDeadlineProfile.class)
class DatabaseDeadlineTest {

    private static final String LOCALITIES = "/api/v1/reference-data/localities";

    /**
     * The test-only migration is known to this profile alone, and the test classes share one database: the next
     * profile's Flyway would refuse to start on an applied migration it cannot resolve.
     */
    @AfterAll
    static void forgetTheTestOnlyMigration() throws SQLException {
        try (Connection connection = MariaDbTestResource.openConnection(TestResources.DATABASE);
                PreparedStatement forget = connection.prepareStatement(
                        "delete from flyway_schema_history where version = '9999'")) {
            forget.executeUpdate();
        }
    }

    @Test
    void aMigrationStatementLongerThanTheRequestDeadlineCompleted() {
        // Flyway's own measure of the migration, which ran while this profile's application started.
        assertEquals(1, Db.count("select count(*) from flyway_schema_history where version = '9999' and success = 1"
                + " and execution_time >= 2000"), "the 2 s migration was applied with a 1 s request deadline");
    }

    @Test
    void aRequestWaitingLongerThanItsDeadlineGetsThe503AndChangesNothing() throws Exception {
        String code = "DEADLINE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> locality = new HashMap<>(Map.of("code", code, "name", "Waitville", "areaCode", "WEST",
                "active", true));
        Api.as(Persona.ADMIN).body(locality).post(LOCALITIES).then().statusCode(201);
        locality.put("name", "Renamed while locked");

        // Another session holds the row's lock, so the request's update gets no answer until it is released.
        try (Connection holder = MariaDbTestResource.openConnection(TestResources.DATABASE)) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select version from reference_item where category = 'LOCALITY' and code = ? for update")) {
                lock.setString(1, code);
                try (ResultSet row = lock.executeQuery()) {
                    assertTrue(row.next());
                }
            }
            JsonPath problem = assertProblem(Api.as(Persona.ADMIN).header("If-Match", "\"0\"").body(locality)
                    .put(LOCALITIES + "/" + code), 503);
            assertEquals("This service's data store is unavailable; try again later", problem.getString("detail"));
            holder.rollback();
        }

        assertEquals(1, Db.count("select count(*) from reference_item where category = 'LOCALITY' and code = ?"
                + " and version = 0 and name = 'Waitville'", code), "the locality is unchanged");
        assertEquals(0, Db.count("select count(*) from audit_event where action = 'UPDATE' and record_id = ?",
                "LOCALITY/" + code));
    }
}
