package uk.yos.common.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/**
 * How long a service waits on its database before it gives up ({@code yos.database.*}). The pool's and the
 * driver's timeouts are derived from {@link #requestDeadlineMillis()} in common's configuration; this mapping checks
 * the values at start, fixes each request's deadline, and bounds migrations and the readiness check.
 */
@ConfigMapping(prefix = "yos.database")
public interface DatabaseSettings {

    /**
     * One deadline for a request's waits on the database, counted from its start: each connection it gets may wait
     * for answers only for what is left (the pool's wait has the whole value from its own start). Work outside a
     * request (the audit writer, scheduled jobs) gets the same bound from each connection.
     */
    @Min(1000)
    @Max(60_000)
    int requestDeadlineMillis();

    /**
     * The bound on a transaction's first round trip, which the pool sends as it enlists a connection, before the
     * request's own bound is set: the network timeout of a connection waiting in the pool. At most the request
     * deadline.
     */
    @Min(100)
    @Max(60_000)
    int transactionStartTimeoutMillis();

    /** The longest wait for each answer while Flyway applies a migration at start (rebuilding a large table). */
    @Min(1)
    @Max(86_400)
    int migrationTimeoutSeconds();

    /** How long {@code /q/health/ready} waits for the database check before it reports DOWN. */
    @Min(100)
    @Max(10_000)
    int readinessTimeoutMillis();
}
