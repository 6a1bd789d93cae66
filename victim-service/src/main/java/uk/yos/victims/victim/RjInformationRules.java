package uk.yos.victims.victim;

import java.time.LocalDate;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.yos.common.calendar.WorkingDays;

/**
 * The Victims' Code clock: RJ information within {@code yos.victims.rj-information.working-days} working days of the
 * referral, or {@code ...enhanced-working-days} for a victim with enhanced rights (England and Wales working days).
 */
@ApplicationScoped
public class RjInformationRules {

    @Inject
    WorkingDays workingDays;

    @ConfigProperty(name = "yos.victims.rj-information.working-days")
    int standardWorkingDays;

    @ConfigProperty(name = "yos.victims.rj-information.enhanced-working-days")
    int enhancedWorkingDays;

    @ConfigProperty(name = "yos.victims.rj-information.due-soon.default-working-days")
    int dueSoonDefault;

    @ConfigProperty(name = "yos.victims.rj-information.due-soon.max-working-days")
    int dueSoonMax;

    @ConfigProperty(name = "yos.victims.adult-age")
    int adultAge;

    public LocalDate dueDate(LocalDate referredOn, boolean enhancedRights) {
        return workingDays.plusWorkingDays(referredOn, enhancedRights ? enhancedWorkingDays : standardWorkingDays);
    }

    /** The last due date the "due soon" list shows: {@code withinWorkingDays} working days after today. */
    public LocalDate dueSoonHorizon(LocalDate today, int withinWorkingDays) {
        return workingDays.plusWorkingDays(today, withinWorkingDays);
    }

    public boolean isMinorOn(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears() < adultAge;
    }

    public int dueSoonDefault() {
        return dueSoonDefault;
    }

    public int dueSoonMax() {
        return dueSoonMax;
    }
}
