package uk.yos.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A remembered token counts as verified until its expiry, and not a moment longer; the cache is bounded. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(100, clock);

    @Test
    void aRememberedTokenIsKnownUntilItExpires() {
        VerifiedToken entry = validUntil(NOW.plusSeconds(300));
        tokens.remember("token-a", entry);

        clock.advance(Duration.ofSeconds(299));
        assertSame(entry, tokens.find("token-a"));

        clock.advance(Duration.ofSeconds(1));
        assertNull(tokens.find("token-a"), "at exp the token must be checked (and refused) again");
    }

    @Test
    void onlyTheSameTokenIsKnown() {
        tokens.remember("token-a", validUntil(NOW.plusSeconds(300)));

        assertNull(tokens.find("token-b"));
        assertNull(tokens.find("token-a "));
    }

    @Test
    void anAlreadyExpiredTokenIsNotRemembered() {
        tokens.remember("token-a", validUntil(NOW));

        assertNull(tokens.find("token-a"));
        assertEquals(0, tokens.size());
    }

    @Test
    void holdsNoMoreThanItsMaximum() {
        VerifiedTokens three = new VerifiedTokens(3, clock);
        for (int i = 0; i < 50; i++) {
            three.remember("token-" + i, validUntil(NOW.plusSeconds(300)));
        }

        assertEquals(3, three.size());
    }

    @Test
    void aCacheOfSizeZeroRemembersNothing() {
        VerifiedTokens off = new VerifiedTokens(0, clock);
        off.remember("token-a", validUntil(NOW.plusSeconds(300)));

        assertNull(off.find("token-a"));
    }

    private static VerifiedToken validUntil(Instant validUntil) {
        return new VerifiedToken(Map.of(), "Default", Set.of(), Set.of(), Map.of(), validUntil);
    }
}
