package uk.yos.common.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/**
 * How long a service waits on its database before it gives up ({@code yos.database.*}). The pool's and the
 * driver's timeouts are derived from {@link #timeoutSeconds()} in common's configuration; this mapping checks the
 * value at start and bounds the readiness check.
 */
@ConfigMapping(prefix = "yos.database")
public interface DatabaseSettings {

    /** The longest wait for a connection (pooled or new) and for each answer from the server. */
    @Min(1)
    @Max(60)
    int timeoutSeconds();

    /** How long {@code /q/health/ready} waits for the database check before it reports DOWN. */
    @Min(100)
    @Max(10_000)
    int readinessTimeoutMillis();
}
