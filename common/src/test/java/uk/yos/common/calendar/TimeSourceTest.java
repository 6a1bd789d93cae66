package uk.yos.common.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** "Today" is the England and Wales date of the clock's instant, whatever zone the clock or the JVM is in. */
class TimeSourceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aSummerNightAfterElevenUtcIsAlreadyTomorrowInEnglandAndWales() {
        Instant lateEvening = Instant.parse("2026-06-30T23:30:00Z"); // 00:30 BST on 1 July
        TimeSource time = new TimeSource(Clock.fixed(lateEvening, ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 7, 1), time.today());
        assertEquals(lateEvening, time.now());
    }

    @Test
    void inWinterTheDateChangesAtMidnightUtc() {
        TimeSource time = new TimeSource(Clock.fixed(Instant.parse("2026-12-31T23:59:00Z"), ZoneId.of("Asia/Tokyo")));
        assertEquals(LocalDate.of(2026, 12, 31), time.today());
        assertEquals(LocalDate.of(2027, 1, 1), new TimeSource(Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"),
                ZoneOffset.UTC)).today());
    }

    /** Bean validation's @Past and @PastOrPresent read the same clock. */
    @Test
    void validationGetsTheSameEnglandAndWalesClock() {
        Instant instant = Instant.parse("2026-03-29T00:30:00Z");
        TimeSource time = new TimeSource(Clock.fixed(instant, ZoneOffset.UTC));
        assertEquals(LONDON, time.getClock().getZone());
        assertEquals(instant, time.getClock().instant());
        assertEquals(LONDON, new TimeSource(Clock.systemUTC()).getClock().getZone());
    }

    /** The parent pom's surefire argLine, so tests' own dates agree with the services' near midnight. */
    @Test
    void testsRunInTheEnglandAndWalesTimeZone() {
        assertEquals(LONDON, ZoneId.systemDefault());
    }
}
