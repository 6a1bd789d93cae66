package uk.yos.web.security;

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
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Bearer tokens quarkus-oidc has accepted, remembered until they expire, so that a token sent again is not parsed
 * and RSA-verified again.
 * <p>
 * An entry is never used from its {@link VerifiedToken#validUntil()} on (the token's {@code exp}, on the clock
 * quarkus-oidc checks it against): the token then goes back to quarkus-oidc, which refuses it. Entries are keyed by
 * the token's SHA-256 and hold no token, so the cache holds nothing a caller could present; there are at most
 * {@code yos.verified-tokens.cache-size} of them.
 */
@Singleton
public class VerifiedTokens {

    /** Caffeine counts in nanoseconds; an {@code exp} centuries away must not overflow that. */
    private static final Duration LONGEST = Duration.ofDays(365);

    private final Clock clock;
    private final boolean enabled;
    private final Cache<String, VerifiedToken> verified;

    @Inject
    VerifiedTokens(VerifiedTokenSettings settings) {
        this(settings.cacheSize(), Clock.systemUTC());
    }

    VerifiedTokens(long maximumSize, Clock clock) {
        this.clock = clock;
        this.enabled = maximumSize > 0;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(new UntilValid())
                .executor(Runnable::run) // evict on the calling thread: no background work
                .build();
    }

    /** What was verified about this token, if it was accepted before and is still valid now; else null. */
    VerifiedToken find(String token) {
        String key = key(token);
        VerifiedToken entry = verified.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.validUntil())) {
            verified.invalidate(key);
            return null;
        }
        return entry;
    }

    /** Remembers a token quarkus-oidc has just accepted, until {@link VerifiedToken#validUntil()}. */
    void remember(String token, VerifiedToken entry) {
        if (enabled && clock.instant().isBefore(entry.validUntil())) {
            verified.put(key(token), entry);
        }
    }

    /** Tokens remembered now, after any pending eviction. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Frees an entry's memory once it can no longer be used ({@link #find} checks the time itself). */
    private final class UntilValid implements Expiry<String, VerifiedToken> {

        @Override
        public long expireAfterCreate(String key, VerifiedToken entry, long currentTime) {
            Duration left = Duration.between(clock.instant(), entry.validUntil());
            if (left.isNegative()) {
                return 0;
            }
            return left.compareTo(LONGEST) > 0 ? LONGEST.toNanos() : left.toNanos();
        }

        @Override
        public long expireAfterUpdate(String key, VerifiedToken entry, long currentTime, long currentDuration) {
            return expireAfterCreate(key, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String key, VerifiedToken entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
