package uk.yos.common.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * The audit rows of reads, written through the service's one {@link AuditBatchWriter}. A read's row is queued once
 * the read's own transaction has committed (so no connection is held while it waits, and a read that rolled back
 * leaves no row); {@link ReadAuditResponseFilter} then holds the response until the row's batch has committed.
 */
@ApplicationScoped
public class ReadAudits {

    /** The request property holding the futures of the rows a request queued. */
    static final String PENDING = ReadAudits.class.getName() + ".pending";

    @Inject
    ReadAuditSettings settings;

    @Inject
    AuditBatchInsert insert;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private AuditBatchWriter writer;

    @PostConstruct
    void start() {
        writer = new AuditBatchWriter(settings.maxBatchSize(), settings.maxLinger(), settings.queueCapacity(), insert);
    }

    @PreDestroy
    void stop() {
        writer.close(settings.maxWait());
    }

    /**
     * Whether the current thread serves a REST request, whose response {@link ReadAuditResponseFilter} can hold;
     * elsewhere nobody would wait for the row, so it is written in the caller's transaction instead.
     */
    boolean canHoldResponse() {
        return CurrentRequestManager.get() != null;
    }

    /** Queues the row when the current transaction commits; the current REST request will wait for it. */
    void writeAfterCommit(AuditEvent event) {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the read's transaction ends
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    pendingOf(request).add(writer.submit(event));
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<CompletableFuture<Void>> pendingOf(ResteasyReactiveRequestContext request) {
        Object pending = request.getProperty(PENDING);
        if (pending == null) {
            pending = new ArrayList<CompletableFuture<Void>>();
            request.setProperty(PENDING, pending);
        }
        return (List<CompletableFuture<Void>>) pending;
    }

    /**
     * Waits (at most {@code yos.audit.reads.max-wait} in all) until every row the request queued is committed.
     *
     * @throws AuditNotWrittenException when one was not: its batch failed, the queue was full, or the wait ran out
     */
    void awaitWritten(ContainerRequestContext request) {
        @SuppressWarnings("unchecked")
        List<CompletableFuture<Void>> pending = (List<CompletableFuture<Void>>) request.getProperty(PENDING);
        if (pending == null || pending.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(settings.maxWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new AuditNotWrittenException(e.getCause());
        } catch (TimeoutException e) {
            throw new AuditNotWrittenException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditNotWrittenException(e);
        }
    }

    /** The service's writer: how many batches and rows it has committed (for tests and diagnostics). */
    public AuditBatchWriter writer() {
        return writer;
    }

    /** A read's audit row could not be committed, so the read must not be answered. */
    static final class AuditNotWrittenException extends RuntimeException {
        AuditNotWrittenException(Throwable cause) {
            super(cause);
        }
    }
}
