package uk.yos.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** A remembered token counts as verified until its expiry, and not a moment longer. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final EdgeCaller CALLER = new EdgeCaller("6f1c2a80-0000-4000-8000-000000000001", "yos-web");

    private final MutableClock clock = new MutableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(100, clock);

    @Test
    void aRememberedTokenIsKnownUntilItExpires() {
        tokens.remember("token-a", CALLER, NOW.plusSeconds(300));

        clock.advance(Duration.ofSeconds(299));
        assertEquals(CALLER, tokens.callerOf("token-a"));

        clock.advance(Duration.ofSeconds(1));
        assertNull(tokens.callerOf("token-a"), "at exp the token must be checked (and refused) again");
    }

    @Test
    void onlyTheSameTokenIsKnown() {
        tokens.remember("token-a", CALLER, NOW.plusSeconds(300));

        assertNull(tokens.callerOf("token-b"));
        assertNull(tokens.callerOf("token-a "));
    }

    @Test
    void anAlreadyExpiredTokenIsNotRemembered() {
        tokens.remember("token-a", CALLER, NOW);

        assertNull(tokens.callerOf("token-a"));
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
