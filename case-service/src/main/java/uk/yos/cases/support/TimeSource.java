package uk.yos.cases.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/** Today's date where the YOS works: legal dates (birthdays, sentences) are England and Wales dates. */
@ApplicationScoped
public class TimeSource {

    private static final ZoneId ENGLAND_AND_WALES = ZoneId.of("Europe/London");

    private final Clock clock = Clock.system(ENGLAND_AND_WALES);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
