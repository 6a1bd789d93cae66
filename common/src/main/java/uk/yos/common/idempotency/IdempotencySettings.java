package uk.yos.common.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a creation stays replayable under its Idempotency-Key ({@code yos.idempotency.*}). */
@ConfigMapping(prefix = "yos.idempotency")
public interface IdempotencySettings {

    /** After this, the same key creates again, and the purge removes the stored answer. */
    @WithDefault("PT24H")
    Duration retention();
}
