package uk.yos.common.calendar;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The working-day calendar as a bean, with the bank holidays from configuration ({@code yos.calendar.bank-holidays};
 * common ships the published dates, a service or the environment may replace them).
 */
@ApplicationScoped
public class WorkingDays {

    private static final Logger LOG = Logger.getLogger(WorkingDays.class);

    private final WorkingDayCalendar calendar;

    public WorkingDays(CalendarSettings settings) {
        this.calendar = new WorkingDayCalendar(settings.bankHolidays());
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate result = calendar.plusWorkingDays(from, days);
        if (!calendar.covers(result)) {
            // Still a sound answer for weekends; bank holidays of that year are missing from configuration.
            LOG.warnf("Due date %s is past the last year in yos.calendar.bank-holidays; add that year's dates", result);
        }
        return result;
    }
}
