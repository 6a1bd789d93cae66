package uk.yos.referralorders.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * Today's date where the YOS works: legal dates (sentences, panels, DBS expiry) are England and Wales dates,
 * whatever the server's time zone. Bean validation ({@code @PastOrPresent}) uses the same clock.
 */
@ApplicationScoped
public class TimeSource implements ClockProvider {

    public static final ZoneId ENGLAND_AND_WALES = ZoneId.of("Europe/London");

    private final Clock clock = Clock.system(ENGLAND_AND_WALES);

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
