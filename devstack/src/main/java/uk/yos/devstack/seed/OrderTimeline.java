package uk.yos.devstack.seed;

import java.time.LocalDate;

import uk.yos.common.calendar.WorkingDayCalendar;

/**
 * A referral order's course from its sentence to the population's date: the initial panel is due 20 working days
 * after the sentence; once it is held the contract is agreed and the order runs for its length; an order whose end
 * has passed is completed (and its case closed). A recent order may still await its initial panel.
 *
 * @param initialPanelOn the initial panel's date: held on it, or scheduled for it when the order awaits its contract
 * @param contractAgreedOn null while the order awaits its contract; then also its start date
 * @param endDate the start plus the length, null while the order awaits its contract
 * @param completedOn the end date once passed (the case closes on it), else null
 */
record OrderTimeline(LocalDate sentenceDate, int lengthMonths, LocalDate initialPanelDueDate, LocalDate initialPanelOn,
                     LocalDate contractAgreedOn, LocalDate endDate, LocalDate completedOn) {

    static final int INITIAL_PANEL_WORKING_DAYS = 20;

    static OrderTimeline plan(SeedRandom random, LocalDate sentenceDate, LocalDate asOf, WorkingDayCalendar calendar) {
        int length = random.between(3, 12);
        LocalDate due = calendar.plusWorkingDays(sentenceDate, INITIAL_PANEL_WORKING_DAYS);
        // most initial panels are held in time, some a little late
        LocalDate panelOn = sentenceDate.plusDays(random.chance(0.85) ? random.between(10, 27) : random.between(29, 45));
        if (panelOn.isAfter(asOf)) {
            return new OrderTimeline(sentenceDate, length, due, panelOn, null, null, null);
        }
        LocalDate end = panelOn.plusMonths(length);
        return new OrderTimeline(sentenceDate, length, due, panelOn, panelOn, end, end.isAfter(asOf) ? null : end);
    }

    boolean awaitingContract() {
        return contractAgreedOn == null;
    }

    String status() {
        return awaitingContract() ? "AWAITING_CONTRACT" : completedOn != null ? "COMPLETED" : "ACTIVE";
    }
}
