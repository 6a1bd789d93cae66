package uk.yos.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A request's deadline is fixed once, at its start, and what is left shrinks with the time it has used. */
class RequestDeadlineTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final RequestDeadline deadline = new RequestDeadline(now::get);

    @Test
    void whatIsLeftIsTheTotalLessTheTimeUsedSinceTheStart() {
        deadline.start(5000);
        assertEquals(OptionalLong.of(5000), deadline.remainingMillis());
        advanceMillis(4500);
        assertEquals(OptionalLong.of(500), deadline.remainingMillis());
        advanceMillis(700);
        assertEquals(OptionalLong.of(-200), deadline.remainingMillis(), "past the deadline");
    }

    @Test
    void aSecondStartDoesNotMoveTheDeadline() {
        deadline.start(5000);
        advanceMillis(3000);
        deadline.start(5000);
        assertEquals(OptionalLong.of(2000), deadline.remainingMillis());
    }

    @Test
    void noDeadlineUntilStarted() {
        assertTrue(deadline.remainingMillis().isEmpty());
    }

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
