package uk.yos.cases.youngperson;

import java.time.LocalDate;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.yos.common.calendar.TimeSource;
import uk.yos.common.problem.ProblemException;

/**
 * The ages the youth justice system works with, configurable per area: children aged 10 to 17 at the time of the
 * offence ({@code yos.offences.*}), whose work may go on past 18 ({@code yos.young-people.*}, a plausible age today).
 */
@ApplicationScoped
public class AgeRules {

    @ConfigProperty(name = "yos.young-people.minimum-age")
    int minimumAge;

    @ConfigProperty(name = "yos.young-people.maximum-age")
    int maximumAge;

    @ConfigProperty(name = "yos.offences.minimum-age")
    int minimumAgeAtOffence;

    @ConfigProperty(name = "yos.offences.maximum-age")
    int maximumAgeAtOffence;

    @Inject
    TimeSource time;

    /** Rejects a date of birth that cannot be a child the YOS works with today. */
    public void checkDateOfBirth(LocalDate dateOfBirth) {
        int age = ageOn(dateOfBirth, time.today());
        if (age < minimumAge || age > maximumAge) {
            throw ProblemException.invalid("dateOfBirth",
                    "gives an age of " + age + "; a young person must be " + minimumAge + " to " + maximumAge);
        }
    }

    /** The youth justice system covers children aged 10 to 17 at the time of the offence. */
    public void checkAgeAtOffence(LocalDate dateOfBirth, LocalDate offenceDate, String field) {
        int age = ageOn(dateOfBirth, offenceDate);
        if (age < minimumAgeAtOffence || age > maximumAgeAtOffence) {
            throw ProblemException.invalid(field, "the child was " + age + " on this date; they must have been "
                    + minimumAgeAtOffence + " to " + maximumAgeAtOffence);
        }
    }

    public int minimumAgeAtOffence() {
        return minimumAgeAtOffence;
    }

    public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
