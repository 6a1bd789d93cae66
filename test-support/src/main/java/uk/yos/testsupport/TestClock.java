package uk.yos.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Time as a test input. The services read the time through their one time source; a service's tests give it this
 * clock, so "today" is the same fixed date on every run and every machine (a summer day, so the England and Wales
 * date and the UTC date differ around midnight). It keeps ticking from that start, so records created one after
 * another still get increasing timestamps, and a test can move it on ({@link #advance}) to cross a deadline or an
 * expiry window, then put it back ({@link #reset}).
 */
public final class TestClock extends Clock {

    /** 10:00 in London on Monday 15 June 2026. */
    public static final Instant START = Instant.parse("2026-06-15T09:00:00Z");
    public static final ZoneId ENGLAND_AND_WALES = ZoneId.of("Europe/London");
    public static final TestClock INSTANCE = new TestClock(ENGLAND_AND_WALES);

    private static final long STARTED_NANOS = System.nanoTime();
    private static final AtomicReference<Duration> MOVED_ON = new AtomicReference<>(Duration.ZERO);

    private final ZoneId zone;

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Today's England and Wales date on the clock the services see. */
    public static LocalDate today() {
        return LocalDate.ofInstant(INSTANCE.instant(), ENGLAND_AND_WALES);
    }

    /** Moves the clock on for every reader (the service under test and the test itself). */
    public static void advance(Duration duration) {
        MOVED_ON.accumulateAndGet(duration, Duration::plus);
    }

    /** Back to the start, plus the time the run has really taken. */
    public static void reset() {
        MOVED_ON.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return START.plusNanos(System.nanoTime() - STARTED_NANOS).plus(MOVED_ON.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new TestClock(zone);
    }
}
