package uk.yos.common.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(shippedBankHolidays());

    @Test
    void ships_eight_bank_holidays_for_each_year_2024_to_2028() {
        List<LocalDate> holidays = shippedBankHolidays();
        for (int year = 2024; year <= 2028; year++) {
            int y = year;
            assertEquals(8, holidays.stream().filter(d -> d.getYear() == y).count(), "bank holidays in " + year);
        }
        assertTrue(holidays.stream().noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY), "substitute days replace weekend dates");
    }

    @Test
    void weekends_and_bank_holidays_are_not_working_days() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 21)), "Saturday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 22)), "Sunday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 4, 3)), "Good Friday 2026");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 28)), "Boxing Day substitute 2026");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 23)), "an ordinary Monday");
    }

    @Test
    void counting_skips_weekends_and_does_not_count_the_start_day() {
        assertEquals(LocalDate.of(2026, 11, 23), calendar.plusWorkingDays(LocalDate.of(2026, 11, 20), 1),
                "Friday + 1 working day is Monday");
        assertEquals(LocalDate.of(2026, 11, 27), calendar.plusWorkingDays(LocalDate.of(2026, 11, 20), 5));
        assertEquals(LocalDate.of(2026, 11, 21), calendar.plusWorkingDays(LocalDate.of(2026, 11, 21), 0));
    }

    @Test
    void counting_skips_easter_and_christmas() {
        // Thursday 2 April 2026: Good Friday and Easter Monday are holidays, so 1 working day is Tuesday 7th.
        assertEquals(LocalDate.of(2026, 4, 7), calendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 1));
        // Thursday 24 December 2026: 25th and (substitute) 28th are holidays.
        assertEquals(LocalDate.of(2026, 12, 29), calendar.plusWorkingDays(LocalDate.of(2026, 12, 24), 1));
        // 20 working days from Monday 7 December 2026 cross Christmas and New Year: 7 January 2027.
        assertEquals(LocalDate.of(2027, 1, 7), calendar.plusWorkingDays(LocalDate.of(2026, 12, 7), 20));
    }

    @Test
    void knows_which_years_it_covers() {
        assertTrue(calendar.covers(LocalDate.of(2028, 12, 31)));
        assertFalse(calendar.covers(LocalDate.of(2029, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new WorkingDayCalendar(List.of()));
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(LocalDate.of(2026, 1, 5), -1));
    }

    /** The dates common ships in META-INF/microprofile-config.properties. */
    static List<LocalDate> shippedBankHolidays() {
        try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return Arrays.stream(properties.getProperty("yos.calendar.bank-holidays").split(","))
                    .map(String::trim).map(LocalDate::parse).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
