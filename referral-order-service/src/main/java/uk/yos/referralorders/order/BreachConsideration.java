package uk.yos.referralorders.order;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import uk.yos.referralorders.support.ReferralOrderRules;

/**
 * Whether the order's next review panel is to consider breach: the child has missed the configured number of the
 * order's appointments (2) within the configured window before today (12 months). Every recorded missed appointment
 * counts: a {@link MissedAppointment} has a date, a kind and a note, and no acceptable or unacceptable reason to
 * tell apart.
 */
@ApplicationScoped
public class BreachConsideration {

    private final ReferralOrderRules.Breach rules;

    public BreachConsideration(ReferralOrderRules rules) {
        this.rules = rules.breach();
    }

    /**
     * Counts those on or after the same date one window ago (15 June 2025 to 15 June 2026). Only an order still
     * running has panels to consider it.
     */
    public boolean flagged(ReferralOrder order, LocalDate today) {
        LocalDate from = today.minus(rules.window());
        return !order.status.isClosed()
                && order.missedAppointments.stream().filter(m -> !m.missedOn.isBefore(from)).count()
                        >= rules.missedAppointments();
    }
}
