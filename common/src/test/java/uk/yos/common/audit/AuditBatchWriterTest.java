package uk.yos.common.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditBatchWriterTest {

    private static final long WAIT_SECONDS = 30; // a bound for a stuck writer, never a measure of speed

    /** Records what each batch held; can hold the writer in its first batch, or fail a batch, on request. */
    private static final class RecordingInsert implements AuditBatchWriter.BatchInsert {
        final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstBatchStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirstBatch = new CountDownLatch(1);
        final AtomicInteger calls = new AtomicInteger();
        volatile int failCall; // the call (1 = the first) the database refuses; 0: none
        volatile boolean holdFirst;

        @Override
        public void insert(List<AuditEvent> events) throws Exception {
            int call = calls.incrementAndGet();
            firstBatchStarted.countDown();
            if (holdFirst) {
                holdFirst = false;
                assertTrue(releaseFirstBatch.await(WAIT_SECONDS, TimeUnit.SECONDS));
            }
            if (call == failCall) {
                throw new java.sql.SQLException("the database refused the batch");
            }
            batches.add(events.stream().map(e -> e.requestId).toList());
        }

        Set<String> written() {
            synchronized (batches) {
                return batches.stream().flatMap(List::stream).collect(Collectors.toSet());
            }
        }
    }

    private AuditBatchWriter writer;

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
        }
    }

    private static AuditEvent event(String requestId) {
        AuditEvent event = new AuditEvent();
        event.requestId = requestId;
        event.action = "READ";
        return event;
    }

    /** A writer whose first batch, {@code firstRequestId} alone, is held in the insert until the test releases it. */
    private CompletableFuture<Void> writerHeldInItsFirstBatch(RecordingInsert insert, int maxBatchSize,
            int queueCapacity, String firstRequestId) throws InterruptedException {
        insert.holdFirst = true;
        writer = new AuditBatchWriter(maxBatchSize, Duration.ZERO, queueCapacity, insert);
        CompletableFuture<Void> first = writer.submit(event(firstRequestId));
        assertTrue(insert.firstBatchStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
        return first;
    }

    /** Waits until the writer's queue holds {@code count} events (the writer is held, so it only grows). */
    private void awaitQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (writer.queued() < count) {
            assertTrue(System.nanoTime() < deadline, "events never reached the queue");
            Thread.sleep(5);
        }
    }

    @Test
    void concurrentEventsAreAllWrittenInFewerTransactionsThanEvents() throws Exception {
        RecordingInsert insert = new RecordingInsert();
        int maxBatch = 50;
        CompletableFuture<Void> first = writerHeldInItsFirstBatch(insert, maxBatch, 1000, "r-0");
        // 200 more from 20 threads, while the writer is busy with the first: they wait for it together.
        ExecutorService requests = Executors.newFixedThreadPool(20);
        List<CompletableFuture<Void>> written = Collections.synchronizedList(new ArrayList<>(List.of(first)));
        IntStream.rangeClosed(1, 200).forEach(i -> requests.execute(() -> written.add(writer.submit(event("r-" + i)))));
        requests.shutdown();
        assertTrue(requests.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS));
        awaitQueued(200);
        insert.releaseFirstBatch.countDown();

        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(IntStream.rangeClosed(0, 200).mapToObj(i -> "r-" + i).collect(Collectors.toSet()),
                insert.written());
        // The first alone, then the 200 queued behind it in full batches: 1 + 200 / 50 transactions for 201 rows.
        assertEquals(5, writer.batchesCommitted());
        assertEquals(201, writer.eventsCommitted());
        assertTrue(insert.batches.stream().allMatch(batch -> batch.size() <= maxBatch));
    }

    @Test
    void aFailedBatchFailsEveryWaiterInItAndTheNextBatchIsWritten() throws Exception {
        RecordingInsert insert = new RecordingInsert();
        CompletableFuture<Void> first = writerHeldInItsFirstBatch(insert, 100, 100, "before");
        List<CompletableFuture<Void>> failing = IntStream.range(0, 3).mapToObj(i -> writer.submit(event("lost-" + i)))
                .toList();
        awaitQueued(3);
        // The three queued behind the first form the second batch, which the database refuses.
        insert.failCall = 2;
        insert.releaseFirstBatch.countDown();
        first.get(WAIT_SECONDS, TimeUnit.SECONDS);
        for (CompletableFuture<Void> lost : failing) {
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> lost.get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(java.sql.SQLException.class, failure.getCause());
        }
        assertEquals(1, writer.batchesFailed());

        writer.submit(event("after")).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(Set.of("before", "after"), insert.written());
    }

    @Test
    void aFullQueueRefusesAtOnceAndKeepsWhatItTook() throws Exception {
        RecordingInsert insert = new RecordingInsert();
        CompletableFuture<Void> first = writerHeldInItsFirstBatch(insert, 10, 3, "taken-0");
        List<CompletableFuture<Void>> queued = IntStream.rangeClosed(1, 3).mapToObj(i -> writer.submit(event("taken-" + i)))
                .toList();

        CompletableFuture<Void> refused = writer.submit(event("refused"));
        assertTrue(refused.isCompletedExceptionally(), "a full queue answers at once");
        ExecutionException failure = assertThrows(ExecutionException.class, refused::get);
        assertInstanceOf(AuditBatchWriter.NotQueuedException.class, failure.getCause());
        assertEquals(3, writer.queued());

        insert.releaseFirstBatch.countDown();
        first.get(WAIT_SECONDS, TimeUnit.SECONDS);
        CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(Set.of("taken-0", "taken-1", "taken-2", "taken-3"), insert.written());
    }

    @Test
    void aBatchWaitsForMoreEventsWithinTheLingerUntilItIsFull() throws Exception {
        RecordingInsert insert = new RecordingInsert();
        // A linger far longer than the test: the batch can only be written because it became full.
        writer = new AuditBatchWriter(3, Duration.ofHours(1), 10, insert);
        List<CompletableFuture<Void>> written = IntStream.range(0, 3).mapToObj(i -> writer.submit(event("l-" + i)))
                .toList();
        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(List.of(List.of("l-0", "l-1", "l-2")), insert.batches);
        assertEquals(1, writer.batchesCommitted());
    }

    @Test
    void closingWritesWhatIsQueuedAndRefusesWhatComesAfter() throws Exception {
        RecordingInsert insert = new RecordingInsert();
        CompletableFuture<Void> first = writerHeldInItsFirstBatch(insert, 10, 10, "a");
        CompletableFuture<Void> queued = writer.submit(event("b"));
        Thread closer = new Thread(() -> writer.close(Duration.ofSeconds(WAIT_SECONDS)));
        closer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!writer.isClosed()) {
            assertTrue(System.nanoTime() < deadline, "close() never started");
            Thread.onSpinWait();
        }
        CompletableFuture<Void> late = writer.submit(event("late"));
        insert.releaseFirstBatch.countDown();
        closer.join();

        first.get(WAIT_SECONDS, TimeUnit.SECONDS);
        queued.get(WAIT_SECONDS, TimeUnit.SECONDS);
        ExecutionException refused = assertThrows(ExecutionException.class, late::get);
        assertInstanceOf(AuditBatchWriter.NotQueuedException.class, refused.getCause());
        assertEquals(Set.of("a", "b"), insert.written());
    }
}
