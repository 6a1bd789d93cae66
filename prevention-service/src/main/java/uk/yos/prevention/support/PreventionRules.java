package uk.yos.prevention.support;

import java.time.LocalDate;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.yos.common.calendar.WorkingDays;
import uk.yos.common.problem.ProblemException;

/** The numbers prevention and diversion work is held to, configurable per area ({@code yos.prevention.*}). */
@ApplicationScoped
public class PreventionRules {

    @Inject
    PreventionSettings settings;

    @Inject
    WorkingDays workingDays;

    /** Triage and assessment are due this many working days after the referral was received. */
    public LocalDate assessmentDueDate(LocalDate receivedOn) {
        return workingDays.plusWorkingDays(receivedOn, settings.assessmentWorkingDays());
    }

    /** The child must be within the configured ages on {@code date} (the day received, or an offence's date). */
    public void checkAge(LocalDate dateOfBirth, LocalDate date, String field, String when) {
        if (date.isBefore(dateOfBirth)) {
            throw ProblemException.invalid(field, "is before the child's date of birth");
        }
        int age = ageOn(dateOfBirth, date);
        int minimumAge = settings.minimumAge();
        int maximumAge = settings.maximumAge();
        if (age < minimumAge || age > maximumAge) {
            throw ProblemException.invalid(field, "the child was " + age + " " + when + "; prevention and "
                    + "diversion work is for children aged " + minimumAge + " to " + maximumAge);
        }
    }

    public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
