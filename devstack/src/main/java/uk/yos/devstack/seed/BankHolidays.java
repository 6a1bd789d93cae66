package uk.yos.devstack.seed;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;

import uk.yos.common.calendar.WorkingDayCalendar;
import uk.yos.devstack.DevStackException;

/**
 * The working-day calendar the services count statutory deadlines with, built from the bank holidays every service
 * inherits from the checkout's common module ({@code yos.calendar.bank-holidays}): a seeded due date is the one the
 * service itself would compute.
 */
final class BankHolidays {

    static final String KEY = "yos.calendar.bank-holidays";
    static final String FILE = "common/src/main/resources/META-INF/microprofile-config.properties";

    private BankHolidays() {
    }

    static WorkingDayCalendar calendar(Path checkoutRoot) {
        Path file = checkoutRoot.resolve(FILE);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new DevStackException("Cannot read the bank holidays from " + file + ": " + e.getMessage(), e);
        }
        String dates = properties.getProperty(KEY);
        if (dates == null || dates.isBlank()) {
            throw new DevStackException(file + " has no " + KEY);
        }
        return new WorkingDayCalendar(Arrays.stream(dates.split(",")).map(String::strip).filter(d -> !d.isEmpty())
                .map(LocalDate::parse).toList());
    }
}
