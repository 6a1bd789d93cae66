package uk.yos.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Everything about the gateway that differs between places: routes, CORS, rate limits, timeouts. */
@ConfigMapping(prefix = "yos.gateway")
public interface GatewayConfig {

    /** Where callers reach the gateway; every OpenAPI document it serves names this as its server. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /**
     * The Keycloak realm as a browser reaches it (e.g. {@code https://auth.example.org/realms/yos}): the OpenAPI
     * documents the gateway serves name its authorization and token endpoints, so the Swagger UI can sign a person in.
     * Not the address the gateway itself checks tokens against ({@code quarkus.oidc.auth-server-url}), which inside a
     * cluster is an internal one.
     */
    String publicRealmUrl();

    /** By service name (e.g. {@code case-service}): where it runs and which path prefixes it owns. */
    Map<String, Upstream> upstreams();

    Cors cors();

    RateLimit rateLimit();

    interface Upstream {
        /** Base URL, e.g. {@code http://localhost:8081}. */
        URI url();

        /** Path prefixes such as {@code /api/v1/cases}: the prefix itself and everything below it. */
        List<String> prefixes();

        /** No answer (or no more data) within it: 504. */
        @WithDefault("10s")
        Duration timeout();

        /** No connection within it: 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Pooled connections to the upstream. */
        @WithDefault("64")
        int maxConnections();

        /** How long the upstreams health group waits for the upstream's own readiness. */
        @WithDefault("2s")
        Duration healthTimeout();

        CircuitBreaker circuitBreaker();
    }

    /**
     * When an upstream's circuit opens: on the share of its own failures (refused or reset connections, no answer
     * within its timeout) among the calls of a sliding window, never on a short burst. Callers who hang up are not
     * counted at all.
     */
    interface CircuitBreaker {
        /** Share of failed calls in the window (above 0, at most 1) that opens the circuit. */
        @WithDefault("0.5")
        float failureRatio();

        /** Calls the window must hold before its failure ratio is judged. */
        @WithDefault("20")
        int minimumCalls();

        /** The sliding window the ratio is taken over, in whole seconds. */
        @WithDefault("10s")
        Duration window();

        /**
         * How long an open circuit answers 503 at once; then one trial call is let through, which closes the circuit
         * if it succeeds and opens it again if it fails.
         */
        @WithDefault("10s")
        Duration openDuration();
    }

    interface Cors {
        /** Exact origins (scheme, host and port) of the front ends that may call from a browser. */
        @WithDefault("http://localhost:3000,http://localhost:5173")
        List<String> origins();

        /** How long a browser may cache a preflight answer. */
        @WithDefault("10m")
        Duration maxAge();
    }

    interface RateLimit {
        @WithName("default")
        Limit defaultLimit();

        /** By OAuth client id (the token's {@code azp}): a limit other than the default. */
        Map<String, Limit> clients();

        /**
         * Requests without a valid token, per remote address: checking a token costs a signature check, so someone
         * without one must not get to ask without end.
         */
        @WithDefault("60")
        int unauthenticatedRequestsPerMinute();

        /** Upper bound on the buckets kept in memory. */
        @WithDefault("100000")
        long maxCallers();
    }

    interface Limit {
        @WithDefault("600")
        int requestsPerMinute();
    }
}
