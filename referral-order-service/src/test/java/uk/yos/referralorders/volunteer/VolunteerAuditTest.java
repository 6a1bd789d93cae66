package uk.yos.referralorders.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Fixtures;
import uk.yos.referralorders.TestResources;
import uk.yos.testsupport.MariaDbTestResource;
import uk.yos.testsupport.Persona;

/** An update's audit row names the fields it changed, and never their values. */
@QuarkusTest
class VolunteerAuditTest {

    @Test
    void anUpdateIsAuditedWithTheNamesOfTheFieldsItChangedOnly() {
        Map<String, Object> body = Fixtures.volunteerBody();
        String id = Fixtures.createVolunteer(body).then().statusCode(201).extract().path("id");

        Map<String, Object> changed = new HashMap<>(body); // the same availability sent again is no change
        changed.put("email", "jordan.new@example.org");
        changed.put("phone", "07700 900456");
        Api.as(Persona.PANEL_COORDINATOR).header("If-Match", "\"0\"").body(changed).put("/api/v1/volunteers/" + id)
                .then().statusCode(200);

        assertEquals("changed=email,phone", updateDetail(id));
    }

    private static String updateDetail(String volunteerId) {
        try (Connection connection = MariaDbTestResource.openConnection(TestResources.DATABASE);
                PreparedStatement statement = connection.prepareStatement("select detail from audit_event where "
                        + "action = 'UPDATE' and record_type = 'VOLUNTEER' and record_id = ?")) {
            statement.setString(1, volunteerId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
