package uk.yos.gateway.ratelimit;

import io.vertx.core.http.HttpServerResponse;

/**
 * The outcome of taking one request from a caller's bucket, as the RateLimit header fields tell it.
 *
 * @param resetSeconds      until the bucket is full again
 * @param retryAfterSeconds until the next request would be allowed (0 when this one was)
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    public void writeHeaders(HttpServerResponse response) {
        response.putHeader("RateLimit-Limit", Long.toString(limit))
                .putHeader("RateLimit-Remaining", Long.toString(remaining))
                .putHeader("RateLimit-Reset", Long.toString(resetSeconds));
        if (!allowed) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
    }

    public String detail() {
        return "Too many requests; try again in " + retryAfterSeconds + " seconds";
    }
}
