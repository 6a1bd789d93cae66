package uk.yos.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import uk.yos.gateway.config.GatewayConfig;

/**
 * Token buckets (Bucket4j) per caller, in memory: each gateway replica limits on its own. A bucket holds a minute's
 * allowance and refills it gradually over the minute.
 * <p>
 * Memory stays bounded: buckets live in a Caffeine cache of at most {@code max-callers} entries that drops a caller
 * idle for a whole minute; by then the bucket would be full again, so forgetting it changes nothing.
 */
@Singleton
public class RateLimiter {

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final GatewayConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;

    @Inject
    RateLimiter(GatewayConfig config) {
        this(config.rateLimit(), Ticker.systemTicker());
    }

    /** With the cache's clock, so a test can let a minute pass without waiting for it. */
    RateLimiter(GatewayConfig.RateLimit config, Ticker ticker) {
        this.config = config;
        this.buckets = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterAccess(PERIOD)
                .maximumSize(config.maxCallers())
                .executor(Runnable::run) // evict on the calling thread: no background work to wait for
                .build();
    }

    /**
     * Takes one request from the bucket of {@code caller}, whose limit is its client's ({@code clientId}, may be
     * null) or the default.
     */
    public RateLimitDecision tryConsume(String caller, String clientId) {
        return tryConsume(caller, limitFor(clientId));
    }

    private RateLimitDecision tryConsume(String caller, int limit) {
        // The limit is part of the key so that a caller seen through two clients never gets the wrong one.
        Bucket bucket = buckets.get(caller + '|' + limit, key -> newBucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new RateLimitDecision(probe.isConsumed(), limit, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /**
     * Takes one request from the bucket of a remote address whose requests carry no valid token, under
     * {@code unauthenticated-requests-per-minute}. The key cannot collide with a token subject's.
     */
    public RateLimitDecision tryConsumeUnauthenticated(String remoteAddress) {
        return tryConsume("address:" + remoteAddress, config.unauthenticatedRequestsPerMinute());
    }

    /** How many callers are remembered now. */
    long trackedCallers() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private int limitFor(String clientId) {
        GatewayConfig.Limit limit = clientId == null ? null : config.clients().get(clientId);
        return (limit != null ? limit : config.defaultLimit()).requestsPerMinute();
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(perMinute).refillGreedy(perMinute, PERIOD))
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
