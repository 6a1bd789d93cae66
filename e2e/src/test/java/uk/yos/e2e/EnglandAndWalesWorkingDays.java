package uk.yos.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import uk.yos.devstack.RepoLayout;

/**
 * The statutory deadlines' working days, counted here on their own (Monday to Friday, not a bank holiday) from the
 * bank holidays the services are configured with, read from the checkout: so a due date the suite answers can be
 * checked to the exact day, and a service that counted bank holidays, weekends or the start day wrongly fails.
 */
final class EnglandAndWalesWorkingDays {

    private static final Path DEFAULTS = Path.of("src", "main", "resources", "META-INF",
            "microprofile-config.properties");
    private static final Set<LocalDate> BANK_HOLIDAYS = load();

    private EnglandAndWalesWorkingDays() {
    }

    /** The day {@code days} working days after {@code from} (the start day itself not counted). */
    static LocalDate plus(LocalDate from, int days) {
        LocalDate date = from;
        for (int counted = 0; counted < days;) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !BANK_HOLIDAYS.contains(date)) {
                counted++;
            }
        }
        return date;
    }

    private static Set<LocalDate> load() {
        Properties defaults = new Properties();
        try (Reader reader = Files.newBufferedReader(RepoLayout.locate().module("common").resolve(DEFAULTS))) {
            defaults.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(defaults.getProperty("yos.calendar.bank-holidays").split(",")).map(String::trim)
                .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }
}
