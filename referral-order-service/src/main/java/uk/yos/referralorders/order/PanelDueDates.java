package uk.yos.referralorders.order;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import uk.yos.common.calendar.WorkingDays;
import uk.yos.referralorders.support.ReferralOrderRules;

/**
 * When an ACTIVE order's review and final panels are due.
 * <p>
 * Review panels follow a fixed schedule from the contract date: one due every interval (P3M) after it, on a working
 * day, for as long as that date comes before the final panel's. A review counts for the period it was held in (after
 * the previous due date, on or before its own), so holding one early or late never shifts the dates after it: the
 * panels stay on the quarters the contract set, and one held late for a missed period answers the period it falls
 * in. The final panel is due a configured number of working days before the end date, so an extension moves it.
 */
@ApplicationScoped
public class PanelDueDates {

    private final ReferralOrderRules.Panel rules;
    private final WorkingDays workingDays;

    public PanelDueDates(ReferralOrderRules rules, WorkingDays workingDays) {
        this.rules = rules.panel();
        this.workingDays = workingDays;
    }

    /**
     * The review panel to show: the current period's (HELD once a review met in it, otherwise DUE), or the last
     * period's due date as OVERDUE while no review has met since the period before it ended. Null for an order that
     * is not ACTIVE, and once no review is due before the final panel.
     *
     * @param reviewsHeldOn when the order's REVIEW panels met with the child
     */
    public PanelDue nextReview(ReferralOrder order, List<LocalDate> reviewsHeldOn, LocalDate today) {
        if (order.status != ReferralOrderStatus.ACTIVE || order.contractAgreedOn == null) {
            return null;
        }
        // due.get(0) is the contract date, the start of the first period; due.get(k) ends period k.
        List<LocalDate> due = reviewDueDates(order.contractAgreedOn, finalDueDate(order.endDate));
        int periods = due.size() - 1;
        int current = 1;
        while (current <= periods && due.get(current).isBefore(today)) {
            current++;
        }
        if (current <= periods && heldBetween(reviewsHeldOn, due.get(current - 1), due.get(current))) {
            return new PanelDue(due.get(current), PanelDueStatus.HELD);
        }
        if (current >= 2 && !heldBetween(reviewsHeldOn, due.get(current - 2), today)) {
            return new PanelDue(due.get(current - 1), PanelDueStatus.OVERDUE);
        }
        return current <= periods ? new PanelDue(due.get(current), PanelDueStatus.DUE) : null;
    }

    /**
     * The final panel of an ACTIVE order: HELD once a FINAL panel met with the child (one that completes the order
     * or refers it back ends it, so what is left HELD is one that adjourned), else DUE or OVERDUE.
     */
    public PanelDue finalPanel(ReferralOrder order, boolean finalHeld, LocalDate today) {
        if (order.status != ReferralOrderStatus.ACTIVE || order.endDate == null) {
            return null;
        }
        LocalDate due = finalDueDate(order.endDate);
        PanelDueStatus status = finalHeld ? PanelDueStatus.HELD
                : today.isAfter(due) ? PanelDueStatus.OVERDUE : PanelDueStatus.DUE;
        return new PanelDue(due, status);
    }

    /** The contract date, then each review due date before the final panel's. */
    private List<LocalDate> reviewDueDates(LocalDate contractAgreedOn, LocalDate finalDue) {
        List<LocalDate> dates = new ArrayList<>(List.of(contractAgreedOn));
        Period interval = rules.reviewInterval();
        // Each from the contract date, not from the one before: 31 January gives 30 April, then 31 July.
        for (int k = 1;; k++) {
            LocalDate next = onAWorkingDay(contractAgreedOn.plus(interval.multipliedBy(k)));
            if (!next.isBefore(finalDue)) {
                return dates;
            }
            dates.add(next);
        }
    }

    /** The configured number (at least 1) of working days before the end date, the end date not counted. */
    private LocalDate finalDueDate(LocalDate endDate) {
        LocalDate date = endDate;
        for (int counted = 0; counted < rules.finalWorkingDaysBeforeEnd();) {
            date = date.minusDays(1);
            if (workingDays.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    private LocalDate onAWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!workingDays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean heldBetween(List<LocalDate> heldOn, LocalDate after, LocalDate onOrBefore) {
        return heldOn.stream().anyMatch(d -> d.isAfter(after) && !d.isAfter(onOrBefore));
    }
}
