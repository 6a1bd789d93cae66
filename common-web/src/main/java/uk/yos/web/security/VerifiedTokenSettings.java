package uk.yos.web.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many verified tokens an edge (a service or the gateway) remembers; checked at start-up. */
@ConfigMapping(prefix = "yos.verified-tokens")
public interface VerifiedTokenSettings {

    /**
     * Tokens remembered at most, each until its {@code exp}; the least used go first when it is full. An entry holds
     * the token's claims (a few KB), never the token itself. 0 turns the cache off: every request is checked in full.
     */
    @WithDefault("10000")
    @Min(0)
    @Max(1_000_000)
    long cacheSize();
}
