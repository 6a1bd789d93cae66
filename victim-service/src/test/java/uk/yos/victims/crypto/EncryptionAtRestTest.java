package uk.yos.victims.crypto;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

/** Victims' contact details are ciphertext in the database; names stay searchable. */
@QuarkusTest
class EncryptionAtRestTest extends StubbedCaseService {

    private static String column(String column, String victimId) {
        return Db.string("select " + column + " from victim where id = " + Db.UUID_PARAM, victimId);
    }

    @Test
    void theDatabaseHoldsNoPlaintextContactDetails() {
        CaseReference reference = Fixtures.visibleCase();
        Map<String, Object> body = Fixtures.victim(reference);
        body.put("phone", "07700 900456");
        body.put("email", "plaintext.check@example.org");
        body.put("address", "42 Plaintext Lane, Corby NN17 1AA");
        String id = Fixtures.createVictim(body);
        String twin = Fixtures.createVictim(new HashMap<>(body));

        for (String field : new String[] { "phone", "email", "address" }) {
            String stored = column(field, id);
            assertTrue(stored.startsWith("k1:"), field + " is stored under the current key id: " + stored);
            assertFalse(stored.contains(body.get(field).toString()), field + " is stored in plaintext");
            assertFalse(stored.contains("Plaintext"), field + " leaks part of the plaintext");
            assertNotEquals(stored, column(field, twin), "the same " + field + " encrypts differently each time");
        }
        assertEquals(0, Db.count("select count(*) from victim where phone like '%900456%' or email like '%example%' "
                + "or address like '%Lane%'"));
        assertEquals(body.get("familyName"), column("family_name", id), "names stay searchable");

        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + id).then().statusCode(200)
                .body("contactDetails.phone", equalTo("07700 900456"))
                .body("contactDetails.email", equalTo("plaintext.check@example.org"))
                .body("contactDetails.address", equalTo("42 Plaintext Lane, Corby NN17 1AA"));
    }

    @Test
    void valuesWrittenUnderARetiredKeyAreReadAndMovedToTheCurrentKeyOnTheNextChange() {
        CaseReference reference = Fixtures.visibleCase();
        Map<String, Object> body = Fixtures.victim(reference);
        String id = Fixtures.createVictim(body);
        String oldKey = ConfigProvider.getConfig().getValue("yos.victims.data-keys.t0", String.class);
        DataKeyRing retired = new DataKeyRing(Map.of("t0", oldKey), "t0");
        Db.update("update victim set phone = ? where id = " + Db.UUID_PARAM, retired.encrypt("01604 111222"), id);

        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + id).then().statusCode(200)
                .body("contactDetails.phone", equalTo("01604 111222"));

        Map<String, Object> details = new HashMap<>(body);
        details.remove("caseId");
        details.remove("offenceId");
        details.put("phone", "01604 111222");
        Api.as(Fixtures.RJ).header("If-Match", "\"0\"").body(details).put(Fixtures.VICTIMS + "/" + id)
                .then().statusCode(200);
        assertTrue(column("phone", id).startsWith("k1:"), column("phone", id));
    }

    @Test
    void anAlteredValueIsAnErrorNeverGarbageOrALeak() {
        String id = Fixtures.newVictim();
        String stored = column("email", id);
        String altered = stored.substring(0, stored.length() - 4) + (stored.endsWith("AAAA") ? "BBBB" : "AAAA");
        Db.update("update victim set email = ? where id = " + Db.UUID_PARAM, altered, id);
        assertProblem(Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + id), 500);
    }
}
