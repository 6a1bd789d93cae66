package uk.yos.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import uk.yos.common.calendar.TimeSource;

/** Deletes stored responses whose replay window has passed, so the table stays the size of one window. */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    TimeSource time;

    @Scheduled(every = "${yos.idempotency.purge-every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purgeExpired() {
        IdempotencyRecord.delete("expiresAt <= ?1", time.now());
    }
}
