package uk.yos.common.database;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.RequestScoped;

/**
 * The moment by which the current HTTP request must be done with the database, fixed when the request starts
 * ({@link RequestDeadlineFilter}), so that its waits for a connection and for answers share one total.
 */
@RequestScoped
public class RequestDeadline {

    private final LongSupplier nanoClock;
    private long deadlineNanos;
    private boolean started;

    public RequestDeadline() {
        this(System::nanoTime);
    }

    RequestDeadline(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Fixes the deadline {@code totalMillis} from now; a request's later calls keep the first one. */
    void start(long totalMillis) {
        if (!started) {
            deadlineNanos = nanoClock.getAsLong() + TimeUnit.MILLISECONDS.toNanos(totalMillis);
            started = true;
        }
    }

    /**
     * Milliseconds left, zero or less once the deadline has passed; empty when no deadline was fixed (a request
     * context that is not an HTTP request's, such as a scheduled job's).
     */
    public OptionalLong remainingMillis() {
        if (!started) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(TimeUnit.NANOSECONDS.toMillis(deadlineNanos - nanoClock.getAsLong()));
    }
}
