package uk.yos.referralorders.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/**
 * The review and final panel due dates an order shows, with today fixed at Monday 15 June 2026 (TestClock), review
 * panels every 3 months from the contract and the final panel 10 working days before the end date.
 */
@QuarkusTest
class PanelDueDatesTest {

    private static final String ORDERS = "/api/v1/referral-orders/";
    private static final Persona PC = Persona.PANEL_COORDINATOR;

    @BeforeEach
    void resetCaseService() {
        Fixtures.resetCaseService();
    }

    @Test
    void aReviewDueOnABankHolidayMovesToTheNextWorkingDay() {
        // Contract on Sunday 31 May 2026: three months on is Monday 31 August, the summer bank holiday.
        String order = Fixtures.activeOrder(Fixtures.referralCase(), LocalDate.of(2026, 5, 26), 6);
        read(order).body("contractAgreedOn", equalTo("2026-05-31")).body("endDate", equalTo("2026-11-30"))
                .body("nextReviewPanel.dueDate", equalTo("2026-09-01"))
                .body("nextReviewPanel.status", equalTo("DUE"))
                // 10 working days before Monday 30 November.
                .body("finalPanel.dueDate", equalTo("2026-11-16")).body("finalPanel.status", equalTo("DUE"));
    }

    @Test
    void anOrderWithNoContractYetHasNoReviewOrFinalPanelDue() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        read(order).body("status", equalTo("AWAITING_CONTRACT"))
                .body("nextReviewPanel", nullValue()).body("finalPanel", nullValue());
    }

    @Test
    void anExtensionMovesTheEndDateAndTheFinalPanelAndAddsAReview() {
        String order = Fixtures.activeOrder(Fixtures.referralCase(), LocalDate.of(2026, 5, 26), 6);
        Api.as(PC).header("If-Match", Fixtures.etag(ORDERS + order))
                .body(Map.of("months", 2, "grantedOn", TestClock.today().toString(), "reason", "More time for reparation"))
                .post(ORDERS + order + "/extensions").then().statusCode(200)
                .body("endDate", equalTo("2027-01-31"))
                // 10 working days before Sunday 31 January 2027.
                .body("finalPanel.dueDate", equalTo("2027-01-18")).body("finalPanel.status", equalTo("DUE"))
                .body("nextReviewPanel.dueDate", equalTo("2026-09-01"));

        // 30 November now comes before the final panel, so it is a second review's due date.
        Fixtures.heldPanel(order, "REVIEW", TestClock.today(), "ATTENDED", "PROGRESS_REVIEWED");
        read(order).body("nextReviewPanel.dueDate", equalTo("2026-09-01"))
                .body("nextReviewPanel.status", equalTo("HELD"));
    }

    @Test
    void aMissedReviewIsOverdueUntilOneMeetsAndThatOneCountsForItsOwnPeriod() {
        // Contract Thursday 5 March 2026: reviews due Friday 5 June, then Monday 7 September (5 September is a
        // Saturday).
        String order = Fixtures.activeOrder(Fixtures.referralCase(), LocalDate.of(2026, 2, 28), 12);
        read(order).body("nextReviewPanel.dueDate", equalTo("2026-06-05"))
                .body("nextReviewPanel.status", equalTo("OVERDUE"));

        // A review the child did not attend reviewed nothing.
        LocalDate missed = LocalDate.of(2026, 6, 8);
        Fixtures.heldPanel(order, "REVIEW", missed, "DID_NOT_ATTEND", "ADJOURNED");
        read(order).body("nextReviewPanel.status", equalTo("OVERDUE"));

        LocalDate met = LocalDate.of(2026, 6, 12);
        Fixtures.heldPanel(order, "REVIEW", met, "ATTENDED", "PROGRESS_REVIEWED");
        read(order).body("nextReviewPanel.dueDate", equalTo("2026-09-07"))
                .body("nextReviewPanel.status", equalTo("HELD"));
    }

    @Test
    void aReviewHeldInTimeLeavesTheNextOneDueOnTheContractsSchedule() {
        String order = Fixtures.activeOrder(Fixtures.referralCase(), LocalDate.of(2026, 2, 28), 12);
        LocalDate early = LocalDate.of(2026, 5, 1);
        Fixtures.heldPanel(order, "REVIEW", early, "ATTENDED", "PROGRESS_REVIEWED");
        // Not 1 August (three months after the early review): the schedule the contract set.
        read(order).body("nextReviewPanel.dueDate", equalTo("2026-09-07"))
                .body("nextReviewPanel.status", equalTo("DUE"));
    }

    @Test
    void aShortOrderHasNoReviewAndItsFinalPanelFallsOverdueUntilOneMeets() {
        // Contract 5 March 2026, 3 months: ends Friday 5 June. Counting back 10 working days skips the Spring bank
        // holiday (Monday 25 May).
        String order = Fixtures.activeOrder(Fixtures.referralCase(), LocalDate.of(2026, 2, 28), 3);
        read(order).body("nextReviewPanel", nullValue())
                .body("finalPanel.dueDate", equalTo("2026-05-21")).body("finalPanel.status", equalTo("OVERDUE"));

        LocalDate met = TestClock.today();
        Fixtures.heldPanel(order, "FINAL", met, "ATTENDED", "ADJOURNED");
        read(order).body("status", equalTo("ACTIVE")).body("finalPanel.status", equalTo("HELD"));
    }

    @Test
    void aCompletedOrARevokedOrderShowsNothingDue() {
        String completed = Fixtures.activeOrder(Fixtures.referralCase(), LocalDate.of(2026, 2, 28), 3);
        LocalDate met = TestClock.today();
        Fixtures.heldPanel(completed, "FINAL", met, "ATTENDED", "ORDER_COMPLETED");
        read(completed).body("status", equalTo("COMPLETED"))
                .body("nextReviewPanel", nullValue()).body("finalPanel", nullValue());

        String revoked = Fixtures.activeOrder(Fixtures.referralCase(), LocalDate.of(2026, 2, 28), 12);
        String today = TestClock.today().toString();
        String requestId = Api.as(PC).header("If-Match", Fixtures.etag(ORDERS + revoked))
                .body(Map.of("requestedOn", today, "reason", "Good progress"))
                .post(ORDERS + revoked + "/revocation-requests").then().statusCode(200)
                .extract().path("revocationRequests[0].id");
        Api.as(PC).header("If-Match", Fixtures.etag(ORDERS + revoked))
                .body(Map.of("decision", "GRANTED", "decidedOn", today))
                .post(ORDERS + revoked + "/revocation-requests/" + requestId + "/decision").then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("nextReviewPanel", nullValue()).body("finalPanel", nullValue());
    }

    private static ValidatableResponse read(String order) {
        return Api.as(PC).get(ORDERS + order).then().statusCode(200);
    }
}
