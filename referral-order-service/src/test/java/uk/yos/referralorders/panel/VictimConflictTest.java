package uk.yos.referralorders.panel;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Db;
import uk.yos.referralorders.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/** The order's victims (victim-service ids) and the volunteers who declared a conflict with one of them. */
@QuarkusTest
class VictimConflictTest {

    private static final String ORDERS = "/api/v1/referral-orders/";
    private static final String PANELS = "/api/v1/panels/";
    private static final Persona PC = Persona.PANEL_COORDINATOR;

    @BeforeEach
    void resetCaseService() {
        Fixtures.resetCaseService();
    }

    @Test
    void theCoordinatorRecordsTheOrdersVictimsByIdOnly() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        String victim = UUID.randomUUID().toString();
        Api.as(PC).header("If-Match", "\"0\"").body(Map.of("victimIds", List.of(victim)))
                .put(ORDERS + order + "/victims").then().statusCode(200).header("ETag", "\"1\"")
                .body("victimIds", contains(victim));
        assertEquals(1, Db.auditRows("RECORD_VICTIMS", "REFERRAL_ORDER", order, PC.subject()));
        Api.as(PC).header("If-Match", "\"1\"").body(Map.of("victimIds", List.of()))
                .put(ORDERS + order + "/victims").then().statusCode(200).body("victimIds", empty());

        // Bad input is a problem and changes nothing.
        assertValidationProblem(Api.as(PC).header("If-Match", "\"2\"")
                .body("{\"victimIds\": [\"not-a-uuid\"]}").put(ORDERS + order + "/victims"), "victimIds[0]");
        assertValidationProblem(Api.as(PC).header("If-Match", "\"2\"")
                .body(Map.of("victimIds", List.of(victim, victim))).put(ORDERS + order + "/victims"), "victimIds[1]");
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"2\"")
                .body(Map.of("victimIds", List.of(victim))).put(ORDERS + order + "/victims"), 403);
        Api.as(PC).get(ORDERS + order).then().header("ETag", "\"2\"").body("victimIds", empty());
    }

    @Test
    void aVolunteerWithAConflictWithOneOfTheOrdersVictimsMayNotSitOnItsPanels() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        String victim = UUID.randomUUID().toString();
        recordVictims(order, victim);
        String chair = Fixtures.activeVolunteer(true);
        String member = Fixtures.activeVolunteer(false);
        String conflicted = Fixtures.activeVolunteer(false);
        String familyName = declareVictimConflict(conflicted, victim);
        // A conflict with someone else's victim is no bar.
        String unrelated = Fixtures.activeVolunteer(false);
        declareVictimConflict(unrelated, UUID.randomUUID().toString());

        LocalDate date = TestClock.today().plusDays(7);
        long panels = Db.rows("panel");
        long members = Db.rows("panel_member");
        long audit = Db.rows("audit_event");
        String detail = assertProblem(Fixtures.schedule(Fixtures.panelBody(order, "INITIAL", date,
                Fixtures.members(chair, member, conflicted))), 409).getString("detail");
        assertTrue(detail.contains(familyName) && detail.contains("conflict of interest with a victim of this order"),
                detail);
        assertEquals(panels, Db.rows("panel"));
        assertEquals(members, Db.rows("panel_member"));
        assertEquals(audit, Db.rows("audit_event"));

        String panel = Fixtures.schedulePanel(order, "INITIAL", date, chair, member, unrelated);
        Map<String, Object> change = Map.of("scheduledFor", LocalDateTime.of(date, LocalTime.of(18, 0)).toString(),
                "location", "Kettering YOS, room 3", "advisors", List.of(Fixtures.advisor()),
                "volunteers", Fixtures.members(chair, member, conflicted));
        assertProblem(Api.as(PC).header("If-Match", "\"0\"").body(change).put(PANELS + panel), 409);
        Api.as(PC).get(PANELS + panel).then().statusCode(200).header("ETag", "\"0\"")
                .body("volunteers.volunteerId", contains(chair, member, unrelated))
                .body("location", equalTo("Kettering YOS, room 2"));
    }

    @Test
    void aVictimCannotBeAddedWhileAVolunteerWithAConflictSitsOnAScheduledPanel() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        String chair = Fixtures.activeVolunteer(true);
        String conflicted = Fixtures.activeVolunteer(false);
        String victim = UUID.randomUUID().toString();
        String familyName = declareVictimConflict(conflicted, victim);
        String panel = Fixtures.schedulePanel(order, "INITIAL", TestClock.today().plusDays(5), chair, conflicted);

        String detail = assertProblem(Api.as(PC).header("If-Match", "\"0\"")
                .body(Map.of("victimIds", List.of(victim))).put(ORDERS + order + "/victims"), 409).getString("detail");
        assertTrue(detail.contains(familyName), detail);
        Api.as(PC).get(ORDERS + order).then().header("ETag", "\"0\"").body("victimIds", empty());

        // Once the panel no longer has that volunteer, the victim can be recorded.
        Api.as(PC).header("If-Match", "\"0\"").body(Map.of("reason", "Chair unwell"))
                .post(PANELS + panel + "/cancellation").then().statusCode(200);
        recordVictims(order, victim);
    }

    @Test
    void anEndedOrdersVictimsNoLongerChange() {
        String order = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusMonths(4), 3);
        LocalDate met = TestClock.today();
        Fixtures.heldPanel(order, "FINAL", met, "ATTENDED", "ORDER_COMPLETED");
        String etag = Fixtures.etag(ORDERS + order);
        assertProblem(Api.as(PC).header("If-Match", etag).body(Map.of("victimIds", List.of(UUID.randomUUID())))
                .put(ORDERS + order + "/victims"), 409);
        Api.as(PC).get(ORDERS + order).then().header("ETag", etag).body("victimIds", empty());
    }

    private static void recordVictims(String order, String... victimIds) {
        Api.as(PC).header("If-Match", Fixtures.etag(ORDERS + order)).body(Map.of("victimIds", List.of(victimIds)))
                .put(ORDERS + order + "/victims").then().statusCode(200);
    }

    /** The volunteer's family name, which a refusal names. */
    private static String declareVictimConflict(String volunteer, String victimId) {
        String path = "/api/v1/volunteers/" + volunteer;
        return Api.as(PC).header("If-Match", Fixtures.etag(path)).body(Map.of("kind", "VICTIM", "victimId", victimId))
                .post(path + "/conflicts").then().statusCode(200).extract().path("familyName");
    }
}
