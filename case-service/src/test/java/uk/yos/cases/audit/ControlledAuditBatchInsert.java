package uk.yos.cases.audit;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import uk.yos.common.audit.AuditBatchInsert;
import uk.yos.common.audit.AuditEvent;

/**
 * The real batch insert, which a test can hold in its next batch (to let reads queue up behind it) or make fail
 * once (as a database refusing the batch would). Left alone, it only passes each batch on.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ControlledAuditBatchInsert extends AuditBatchInsert {

    private final AtomicBoolean holdNext = new AtomicBoolean();
    private volatile CountDownLatch held = new CountDownLatch(1);
    private volatile CountDownLatch released = new CountDownLatch(1);
    private volatile int heldBatchSize;
    private final AtomicBoolean failNext = new AtomicBoolean();

    /** The next batch waits in the writer until {@link #release()}. */
    public void holdNext() {
        held = new CountDownLatch(1);
        released = new CountDownLatch(1);
        holdNext.set(true);
    }

    /** Waits until the writer is held in a batch; returns how many rows that batch has. */
    public int awaitHeld() throws InterruptedException {
        if (!held.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("No batch reached the writer");
        }
        return heldBatchSize;
    }

    public void release() {
        released.countDown();
    }

    /** The next batch fails as if the database had refused it; nothing of it is written. */
    public void failNext() {
        failNext.set(true);
    }

    @Override
    public void insert(List<AuditEvent> events) throws java.sql.SQLException {
        if (holdNext.getAndSet(false)) {
            heldBatchSize = events.size();
            held.countDown();
            try {
                if (!released.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never released the held batch");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (failNext.getAndSet(false)) {
            throw new java.sql.SQLTransientConnectionException("Refused by the test");
        }
        super.insert(events);
    }
}
