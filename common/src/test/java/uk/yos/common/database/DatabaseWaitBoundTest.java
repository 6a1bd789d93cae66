package uk.yos.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * A connection handed to a request may wait for answers only for the time the request has left; one handed to work
 * outside a request, or given back to the pool, gets the whole bound.
 */
class DatabaseWaitBoundTest {

    private final AtomicLong now = new AtomicLong();
    private final RequestDeadline deadline = new RequestDeadline(now::get);
    private final NetworkTimeouts timeouts = new NetworkTimeouts();

    @Test
    void aRequestWithHalfASecondLeftGetsAConnectionThatWaitsHalfASecond() {
        deadline.start(5000);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(4500));

        inRequest().onConnectionAcquire(timeouts.connection());
        inRequest().onConnectionReturn(timeouts.connection());

        assertEquals(List.of(500, 2000), timeouts.set,
                "what is left on acquisition; on return, the short bound of a transaction's first round trip");
    }

    @Test
    void aConnectionWaitingInThePoolHasTheShortBoundForItsEnlistment() {
        inRequest().onConnectionCreate(timeouts.connection());
        new DatabaseWaitBound(deadline, new TestDatabaseSettings(1500, 5000, 600, 1000), () -> true)
                .onConnectionReturn(timeouts.connection());

        assertEquals(List.of(2000, 1500), timeouts.set, "the short bound, never more than the whole deadline");
    }

    @Test
    void aRequestPastItsDeadlineGetsTheShortestBoundNotNone() {
        deadline.start(5000);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(6000));

        inRequest().onConnectionAcquire(timeouts.connection());

        assertEquals(List.of(1), timeouts.set, "0 would mean no timeout at all");
    }

    @Test
    void workOutsideARequestGetsTheWholeBound() {
        new DatabaseWaitBound(deadline, TestDatabaseSettings.defaults(), () -> false)
                .onConnectionAcquire(timeouts.connection());
        // A request context without an HTTP request (a scheduled job's): no deadline was fixed.
        inRequest().onConnectionAcquire(timeouts.connection());

        assertEquals(List.of(5000, 5000), timeouts.set);
    }

    @Test
    void aBrokenConnectionIsLeftToFailOnItsNextUse() {
        timeouts.closed = true;
        inRequest().onConnectionAcquire(timeouts.connection());
        inRequest().onConnectionReturn(timeouts.connection());

        assertEquals(List.of(), timeouts.set);
    }

    private DatabaseWaitBound inRequest() {
        return new DatabaseWaitBound(deadline, TestDatabaseSettings.defaults(), () -> true);
    }
}
