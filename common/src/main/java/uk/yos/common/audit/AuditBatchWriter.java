package uk.yos.common.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

/**
 * Group commit for audit rows: events from concurrent requests wait in a bounded queue, and one dedicated thread
 * takes up to {@code maxBatchSize} of them at a time (waiting at most {@code maxLinger} for a batch to fill) and
 * inserts them in one transaction. Each event's future completes when its batch has committed, or fails when the
 * batch failed, the queue was full or the writer was closed: a caller that waits for it knows whether its row exists.
 */
public final class AuditBatchWriter implements AutoCloseable {

    /** Inserts one batch of rows in one transaction: all of them are committed when it returns, none when it throws. */
    @FunctionalInterface
    public interface BatchInsert {
        void insert(List<AuditEvent> events) throws Exception;
    }

    /** The event was not taken: the queue is full, or the writer is closed. */
    public static final class NotQueuedException extends IllegalStateException {
        NotQueuedException(String message) {
            super(message);
        }
    }

    private record Queued(AuditEvent event, CompletableFuture<Void> written) {
    }

    private static final Logger LOG = Logger.getLogger(AuditBatchWriter.class);
    // How often an idle writer looks whether it has been closed.
    private static final long IDLE_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final int maxBatchSize;
    private final long maxLingerNanos;
    private final BlockingQueue<Queued> queue;
    private final BatchInsert insert;
    private final Thread thread;
    private final AtomicLong batchesCommitted = new AtomicLong();
    private final AtomicLong eventsCommitted = new AtomicLong();
    private final AtomicLong batchesFailed = new AtomicLong();
    private volatile boolean closed;

    public AuditBatchWriter(int maxBatchSize, Duration maxLinger, int queueCapacity, BatchInsert insert) {
        if (maxBatchSize < 1 || queueCapacity < 1 || maxLinger.isNegative()) {
            throw new IllegalArgumentException("maxBatchSize and queueCapacity must be positive, maxLinger not negative");
        }
        this.maxBatchSize = maxBatchSize;
        this.maxLingerNanos = maxLinger.toNanos();
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.insert = insert;
        this.thread = new Thread(this::run, "audit-batch-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues an event; the future completes once its row is committed. Never blocks: when the queue is full (the
     * database is slower than the reads) or the writer is closed, the future has already failed.
     */
    public CompletableFuture<Void> submit(AuditEvent event) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        if (closed) {
            written.completeExceptionally(new NotQueuedException("The audit writer is shutting down"));
        } else if (!queue.offer(new Queued(event, written))) {
            written.completeExceptionally(new NotQueuedException("The audit queue is full"));
        }
        return written;
    }

    /** Transactions committed so far (each holding one or more rows). */
    public long batchesCommitted() {
        return batchesCommitted.get();
    }

    /** Rows committed so far. */
    public long eventsCommitted() {
        return eventsCommitted.get();
    }

    /** Batches whose transaction failed (their rows were not written and their waiters were told so). */
    public long batchesFailed() {
        return batchesFailed.get();
    }

    /** Events waiting for the writer. */
    public int queued() {
        return queue.size();
    }

    /** Whether {@link #close} has begun: events submitted from then on are refused. */
    public boolean isClosed() {
        return closed;
    }

    /** Stops taking events, writes those already queued, and waits (at most {@code timeout}) for the writer to end. */
    public void close(Duration timeout) {
        closed = true;
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Whatever is still queued now was never written: tell its waiters.
        List<Queued> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(q -> q.written().completeExceptionally(new NotQueuedException("The audit writer stopped")));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private void run() {
        List<Queued> batch = new ArrayList<>(maxBatchSize);
        while (!closed || !queue.isEmpty()) {
            try {
                Queued first = queue.poll(IDLE_CHECK_NANOS, TimeUnit.NANOSECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                fill(batch, System.nanoTime() + maxLingerNanos);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
    }

    /** Takes what is queued, then waits for more until the batch is full or the linger deadline has passed. */
    private void fill(List<Queued> batch, long deadline) throws InterruptedException {
        queue.drainTo(batch, maxBatchSize - batch.size());
        while (batch.size() < maxBatchSize) {
            long left = deadline - System.nanoTime();
            Queued next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, maxBatchSize - batch.size());
        }
    }

    private void write(List<Queued> batch) {
        List<AuditEvent> events = batch.stream().map(Queued::event).toList();
        try {
            insert.insert(events);
        } catch (Throwable failure) { // an Error too: the waiters must hear of it, and the writer must go on
            batchesFailed.incrementAndGet();
            LOG.errorf(failure, "Could not write a batch of %d audit rows; their requests are answered 503",
                    events.size());
            batch.forEach(q -> q.written().completeExceptionally(failure));
            return;
        }
        batchesCommitted.incrementAndGet();
        eventsCommitted.addAndGet(events.size());
        batch.forEach(q -> q.written().complete(null));
    }
}
