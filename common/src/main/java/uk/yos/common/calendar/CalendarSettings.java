package uk.yos.common.calendar;

import java.time.LocalDate;
import java.util.List;

import io.smallrye.config.ConfigMapping;

/** The England and Wales calendar ({@code yos.calendar.*}); common ships the published dates. */
@ConfigMapping(prefix = "yos.calendar")
public interface CalendarSettings {

    /** Dates that are not working days besides weekends; each new year's dates must be added. */
    List<LocalDate> bankHolidays();
}
