package uk.yos.referralorders.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/** Review panels flagged for breach: 2 missed appointments in the 12 months to today (15 June 2026, TestClock). */
@QuarkusTest
class BreachConsiderationTest {

    private static final String ORDERS = "/api/v1/referral-orders/";
    private static final String PANELS = "/api/v1/panels/";
    private static final Persona PC = Persona.PANEL_COORDINATOR;

    @BeforeEach
    void resetCaseService() {
        Fixtures.resetCaseService();
    }

    @Test
    void twoMissedAppointmentsInTheLastTwelveMonthsFlagTheOrderAndItsScheduledReviewPanel() {
        // Sentenced 12 June 2025 (the fixture volunteers' DBS checks date from 15 June 2025, before its panels).
        String order = Fixtures.activeOrder(Fixtures.referralCase(), LocalDate.of(2025, 6, 12), 12);
        // The day before the window opens does not count (else these two would flag it)...
        missed(order, LocalDate.of(2025, 6, 14));
        missed(order, LocalDate.of(2025, 6, 15));
        Api.as(PC).get(ORDERS + order).then().statusCode(200).body("breachConsideration", equalTo(false));
        String review = Fixtures.schedulePanel(order, "REVIEW", TestClock.today().plusDays(7));
        String finalPanel = Fixtures.schedulePanel(order, "FINAL", TestClock.today().plusDays(14));
        Api.as(PC).get(PANELS + review).then().statusCode(200).body("breachConsideration", equalTo(false));

        // ...and its first day does: with one more, two count.
        missed(order, LocalDate.of(2026, 6, 1));
        Api.as(PC).get(ORDERS + order).then().statusCode(200).body("breachConsideration", equalTo(true));
        Api.as(PC).get(PANELS + review).then().statusCode(200).body("breachConsideration", equalTo(true));
        // Only a review panel considers breach.
        Api.as(PC).get(PANELS + finalPanel).then().statusCode(200).body("breachConsideration", nullValue());
    }

    @Test
    void aPanelTheChildDidNotAttendCountsAndANewReviewPanelIsFlaggedWhenScheduled() {
        String order = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusMonths(2), 6);
        missed(order, TestClock.today().minusDays(20));
        LocalDate heldOn = TestClock.today().minusDays(3);
        Fixtures.recordOutcome(Fixtures.schedulePanel(order, "REVIEW", heldOn),
                Fixtures.outcome(heldOn, "DID_NOT_ATTEND", "ADJOURNED")).then().statusCode(200)
                // A held panel is history: the flag is for the panel still to meet.
                .body("breachConsideration", nullValue());

        Fixtures.schedule(Fixtures.panelBody(order, "REVIEW", TestClock.today().plusDays(5),
                Fixtures.members(Fixtures.activeVolunteer(true), Fixtures.activeVolunteer(false))))
                .then().statusCode(201).body("breachConsideration", equalTo(true));
        Api.as(PC).get(ORDERS + order).then().body("breachConsideration", equalTo(true));
    }

    @Test
    void anOrderThatHasEndedIsNotFlagged() {
        String order = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusMonths(4), 3);
        missed(order, TestClock.today().minusDays(30));
        missed(order, TestClock.today().minusDays(10));
        Api.as(PC).get(ORDERS + order).then().body("breachConsideration", equalTo(true));
        LocalDate met = TestClock.today();
        Fixtures.heldPanel(order, "FINAL", met, "ATTENDED", "ORDER_COMPLETED");
        Api.as(PC).get(ORDERS + order).then().body("status", equalTo("COMPLETED"))
                .body("missedAppointments", hasSize(2)).body("breachConsideration", equalTo(false));
    }

    private static void missed(String order, LocalDate on) {
        Api.as(PC).header("If-Match", Fixtures.etag(ORDERS + order))
                .body(Map.of("missedOn", on.toString(), "kind", "REPARATION"))
                .post(ORDERS + order + "/missed-appointments").then().statusCode(200);
    }
}
