package uk.yos.cases.youngperson;

import java.time.LocalDate;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.yos.common.calendar.TimeSource;
import uk.yos.common.problem.ProblemException;

/**
 * The ages the youth justice system works with, configurable per area: children aged 10 to 17 at the time of the
 * offence ({@code yos.offences.*}), whose work may go on past 18 ({@code yos.young-people.*}, a plausible age today).
 */
@ApplicationScoped
public class AgeRules {

    @Inject
    AgeSettings.YoungPeople youngPeople;

    @Inject
    AgeSettings.Offences offences;

    @Inject
    TimeSource time;

    /** Rejects a date of birth that cannot be a child the YOS works with today. */
    public void checkDateOfBirth(LocalDate dateOfBirth) {
        int age = ageOn(dateOfBirth, time.today());
        AgeSettings range = youngPeople;
        if (age < range.minimumAge() || age > range.maximumAge()) {
            throw ProblemException.invalid("dateOfBirth", "gives an age of " + age + "; a young person must be "
                    + range.minimumAge() + " to " + range.maximumAge());
        }
    }

    /** The youth justice system covers children aged 10 to 17 at the time of the offence. */
    public void checkAgeAtOffence(LocalDate dateOfBirth, LocalDate offenceDate, String field) {
        int age = ageOn(dateOfBirth, offenceDate);
        AgeSettings range = offences;
        if (age < range.minimumAge() || age > range.maximumAge()) {
            throw ProblemException.invalid(field, "the child was " + age + " on this date; they must have been "
                    + range.minimumAge() + " to " + range.maximumAge());
        }
    }

    public int minimumAgeAtOffence() {
        return offences.minimumAge();
    }

    public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
