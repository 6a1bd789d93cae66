package uk.yos.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import uk.yos.gateway.config.GatewayConfig;

/** The buckets' memory stays bounded: by a maximum count, and by forgetting idle callers. */
class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void neverKeepsMoreThanMaxCallersBuckets() {
        RateLimiter limiter = new RateLimiter(config(5, 100), nanos::get);

        for (int i = 0; i < 1000; i++) {
            limiter.tryConsume("caller-" + i, null);
        }

        assertTrue(limiter.trackedCallers() <= 100, "tracked " + limiter.trackedCallers());
    }

    @Test
    void forgetsACallerIdleForAMinute() {
        RateLimiter limiter = new RateLimiter(config(5, 100), nanos::get);
        limiter.tryConsume("busy", null);
        limiter.tryConsume("idle", null);

        nanos.addAndGet(Duration.ofSeconds(40).toNanos());
        limiter.tryConsume("busy", null);
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());

        assertEquals(1, limiter.trackedCallers());
    }

    @Test
    void appliesAClientsOwnLimit() {
        RateLimiter limiter = new RateLimiter(config(5, 100, Map.of("small-client", 1)), nanos::get);

        assertTrue(limiter.tryConsume("a", "small-client").allowed());
        RateLimitDecision refused = limiter.tryConsume("a", "small-client");
        assertFalse(refused.allowed());
        assertEquals(1, refused.limit());
        assertEquals(60, refused.retryAfterSeconds());
        assertEquals(5, limiter.tryConsume("a", "other-client").limit());
    }

    private static GatewayConfig.RateLimit config(int perMinute, long maxCallers) {
        return config(perMinute, maxCallers, Map.of());
    }

    private static GatewayConfig.RateLimit config(int perMinute, long maxCallers, Map<String, Integer> clients) {
        return new GatewayConfig.RateLimit() {
            @Override
            public GatewayConfig.Limit defaultLimit() {
                return () -> perMinute;
            }

            @Override
            public Map<String, GatewayConfig.Limit> clients() {
                Map<String, GatewayConfig.Limit> limits = new java.util.HashMap<>();
                clients.forEach((client, limit) -> limits.put(client, () -> limit));
                return limits;
            }

            @Override
            public long maxCallers() {
                return maxCallers;
            }

            @Override
            public int unauthenticatedRequestsPerMinute() {
                return perMinute;
            }
        };
    }
}
