package uk.yos.common.idempotency;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/** Deletes stored responses whose replay window has passed, so the table stays the size of one window. */
@ApplicationScoped
public class IdempotencyPurge {

    @Scheduled(every = "${yos.idempotency.purge-every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        IdempotencyRecord.delete("expiresAt <= ?1", Instant.now());
    }
}
