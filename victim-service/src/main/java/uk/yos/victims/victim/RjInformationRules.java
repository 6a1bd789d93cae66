package uk.yos.victims.victim;

import java.time.LocalDate;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.yos.common.calendar.WorkingDays;

/**
 * The Victims' Code clock: RJ information within {@link RjInformationSettings#workingDays()} working days of the
 * referral, or {@link RjInformationSettings#enhancedWorkingDays()} for a victim with enhanced rights (England and
 * Wales working days).
 */
@ApplicationScoped
public class RjInformationRules {

    @Inject
    WorkingDays workingDays;

    @Inject
    RjInformationSettings settings;

    public LocalDate dueDate(LocalDate referredOn, boolean enhancedRights) {
        return workingDays.plusWorkingDays(referredOn, enhancedRights ? settings.enhancedWorkingDays() : settings.workingDays());
    }

    /** The last due date the "due soon" list shows: {@code withinWorkingDays} working days after today. */
    public LocalDate dueSoonHorizon(LocalDate today, int withinWorkingDays) {
        return workingDays.plusWorkingDays(today, withinWorkingDays);
    }

    public boolean isMinorOn(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears() < settings.adultAge();
    }

    public int dueSoonDefault() {
        return settings.dueSoon().defaultWorkingDays();
    }

    public int dueSoonMax() {
        return settings.dueSoon().maxWorkingDays();
    }
}
