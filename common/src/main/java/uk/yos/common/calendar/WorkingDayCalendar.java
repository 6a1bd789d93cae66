package uk.yos.common.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. Statutory deadlines (the initial
 * referral order panel, RJ information to victims, prevention triage) count these days.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> bankHolidays;
    private final int lastCoveredYear;

    public WorkingDayCalendar(Collection<LocalDate> bankHolidays) {
        if (bankHolidays.isEmpty()) {
            throw new IllegalArgumentException("The bank-holiday calendar is empty");
        }
        TreeSet<LocalDate> sorted = new TreeSet<>(bankHolidays);
        this.bankHolidays = Set.copyOf(sorted);
        this.lastCoveredYear = sorted.last().getYear();
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    /**
     * The date {@code days} working days after {@code from}: "within 20 working days of the sentence" ends on
     * {@code plusWorkingDays(sentenceDate, 20)}. The start day itself is never counted.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = from;
        for (int counted = 0; counted < days;) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Whether {@code date} is beyond the years whose bank holidays are known, so a result may be early. */
    public boolean covers(LocalDate date) {
        return date.getYear() <= lastCoveredYear;
    }
}
