package uk.yos.gateway.upstream;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.vertx.core.Future;
import uk.yos.gateway.config.GatewayConfig;

/**
 * The circuit breaker of one upstream: it opens when the upstream's own failures pass a share of the calls in a
 * sliding window (resilience4j), so a burst of a few failures among many calls does not take the service offline.
 * <p>
 * Each call ends in one of three ways: the upstream answered (any status: it is there, so a success); the upstream
 * failed (refused or reset the connection, or went quiet past its timeout: a failure); or the caller went away first,
 * which says nothing about the upstream, so the call is let go without being counted. While the circuit is half-open
 * exactly one trial call is let through.
 */
final class UpstreamCircuit {

    private static final Logger LOG = Logger.getLogger(UpstreamCircuit.class);

    private final CircuitBreaker breaker;

    UpstreamCircuit(String upstream, GatewayConfig.CircuitBreaker config) {
        this.breaker = CircuitBreaker.of(upstream, settings(upstream, config));
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> LOG.warnf("%s: circuit open, answering 503 for %s", upstream, config.openDuration());
                case HALF_OPEN -> LOG.infof("%s: circuit half-open, letting one trial call through", upstream);
                case CLOSED -> LOG.infof("%s: circuit closed", upstream);
                default -> { } // DISABLED only when the gateway stops
            }
        });
    }

    private static CircuitBreakerConfig settings(String upstream, GatewayConfig.CircuitBreaker config) {
        float ratio = config.failureRatio();
        if (!(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("yos.gateway.upstreams." + upstream
                    + ".circuit-breaker.failure-ratio must be above 0 and at most 1, not " + ratio);
        }
        return CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.TIME_BASED)
                .slidingWindowSize(wholeSeconds(config.window()))
                .minimumNumberOfCalls(config.minimumCalls())
                .failureRateThreshold(ratio * 100)
                .waitDurationInOpenState(config.openDuration())
                // Half-open moves on its own when the open duration ends, so health shows the real state.
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(1)
                // Never on the HTTP client's timeout: that is the upstream's timeout setting, already a failure.
                .slowCallRateThreshold(100)
                .slowCallDurationThreshold(Duration.ofDays(1))
                // Calls end on Vert.x event loops: no lock on the way.
                .slidingWindowSynchronizationStrategy(SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .writableStackTraceEnabled(false)
                .build();
    }

    private static int wholeSeconds(Duration window) {
        return (int) Math.max(1, window.toSeconds());
    }

    /**
     * Runs a call unless the circuit is open (then fails at once with {@link CallNotPermittedException}).
     * {@code abandoned} is asked when the call fails: a failure because the caller went away is not counted.
     */
    <T> Future<T> guard(Supplier<Future<T>> call, Predicate<Throwable> abandoned) {
        if (!breaker.tryAcquirePermission()) {
            return Future.failedFuture(CallNotPermittedException.createCallNotPermittedException(breaker));
        }
        long start = breaker.getCurrentTimestamp();
        return call.get().onComplete(outcome -> {
            long elapsed = breaker.getCurrentTimestamp() - start;
            if (outcome.succeeded()) {
                breaker.onSuccess(elapsed, breaker.getTimestampUnit());
            } else if (abandoned.test(outcome.cause())) {
                breaker.releasePermission();
            } else {
                breaker.onError(elapsed, breaker.getTimestampUnit(), outcome.cause());
            }
        });
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** Calls counted as failures in the current window. */
    int failedCalls() {
        return breaker.getMetrics().getNumberOfFailedCalls();
    }

    /** Stops any scheduled move to half-open: the upstream is going away. */
    void close() {
        breaker.transitionToDisabledState();
    }
}
