package uk.yos.cases.plan;

import java.time.LocalDate;
import java.time.Month;

/**
 * The national point at which a child on a court order is identified for transition to adult services: 17 years
 * and 6 months. A child born on 29 February is 17 on 1 March in a common year, as English law counts birthdays, so
 * their date is six months after that; six months after the 31st of a month ends on the last day of the sixth month.
 */
public final class TransitionAge {

    private TransitionAge() {
    }

    public static LocalDate seventeenAndAHalf(LocalDate dateOfBirth) {
        LocalDate seventeenth = dateOfBirth.plusYears(17);
        if (dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29) {
            // 17 years after a leap year is never one: plusYears gave 28 February, the birthday is the day after.
            seventeenth = seventeenth.plusDays(1);
        }
        return seventeenth.plusMonths(6);
    }
}
