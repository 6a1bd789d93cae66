package uk.yos.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import uk.yos.gateway.config.GatewayConfig;

/**
 * Tokens the gateway has verified, remembered until they expire. Parsing a token and checking its RS256 signature is
 * most of the gateway's own work per request, and a front end or partner sends the same token for minutes.
 * <p>
 * An entry never outlives its token's {@code exp}: from then on the token goes back to quarkus-oidc, which refuses
 * it. Entries are keyed by the token's SHA-256, so the cache holds nothing a caller could present, and there are at
 * most {@code yos.gateway.verified-tokens-cache-size} of them.
 */
@Singleton
public class VerifiedTokens {

    /** Longer than any access token the realm issues (300 s), so that only {@code exp} ends an entry. */
    private static final Duration LONGEST_KEPT = Duration.ofMinutes(15);

    private record Verified(EdgeCaller caller, Instant expiresAt) {
    }

    private final Clock clock;
    private final Cache<String, Verified> verified;

    @Inject
    VerifiedTokens(GatewayConfig config) {
        this(config.verifiedTokensCacheSize(), Clock.systemUTC());
    }

    VerifiedTokens(long maximumSize, Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(LONGEST_KEPT)
                .executor(Runnable::run) // evict on the calling thread: no background work
                .build();
    }

    /** The caller of a token verified before and not yet expired, or null. */
    public EdgeCaller callerOf(String token) {
        String key = key(token);
        Verified entry = verified.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            verified.invalidate(key);
            return null;
        }
        return entry.caller();
    }

    /** Remembers a token quarkus-oidc has just accepted, until {@code expiresAt} (its {@code exp}). */
    public void remember(String token, EdgeCaller caller, Instant expiresAt) {
        if (clock.instant().isBefore(expiresAt)) {
            verified.put(key(token), new Verified(caller, expiresAt));
        }
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
