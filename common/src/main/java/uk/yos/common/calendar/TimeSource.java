package uk.yos.common.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;

/**
 * Today's date where the YOS works: legal dates (birthdays, sentences) are England and Wales dates, whatever
 * the server's time zone. Bean validation ({@code @Past}, {@code @PastOrPresent}) uses the same clock, so a date
 * entered just after midnight in summer is not refused as "in the future". Every rule, the audit trail and the
 * idempotency window read the time here, so a test can set it (see {@link SystemClock}).
 */
@ApplicationScoped
public class TimeSource implements ClockProvider {

    private static final ZoneId ENGLAND_AND_WALES = ZoneId.of("Europe/London");

    private final Clock clock;

    /** Any clock, e.g. a fixed one in a test; its instants are read as England and Wales dates. */
    @Inject
    public TimeSource(Clock clock) {
        this.clock = clock.withZone(ENGLAND_AND_WALES);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
