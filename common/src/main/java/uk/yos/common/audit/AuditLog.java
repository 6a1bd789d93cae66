package uk.yos.common.audit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.yos.common.calendar.TimeSource;
import uk.yos.web.requestid.RequestIds;
import uk.yos.web.security.Caller;

/**
 * Writes the audit trail. A change's row is written in the change's transaction, so the two commit or roll back
 * together; a read's (or search's) row is queued when the read's transaction commits and written with those of
 * concurrent reads in one transaction ({@link ReadAudits}), and the read is answered only once that has committed;
 * refused reads get their own transaction, because the request that caused them rolls back.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final int MAX_DETAIL = 500;

    @Inject
    Caller caller;

    @Inject
    TimeSource time;

    @Inject
    ReadAudits reads;

    /** Records a change, inside the change's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String recordType, Object recordId, UUID childId) {
        event(action.name(), recordType, recordId, childId, AuditOutcome.SUCCESS, null).persist();
    }

    /**
     * Records an update, naming the fields it changed (names only: no values, so no personal data, in the detail).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(AuditAction action, String recordType, Object recordId, UUID childId,
            List<String> changedFields) {
        event(action.name(), recordType, recordId, childId, AuditOutcome.SUCCESS,
                "changed=" + String.join(",", changedFields)).persist();
    }

    /**
     * Records a read of a personal record: written once the read's transaction commits, and the response waits for
     * it (see {@link ReadAudits}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRead(AuditAction action, String recordType, Object recordId, UUID childId) {
        read(event(action.name(), recordType, recordId, childId, AuditOutcome.SUCCESS, null));
    }

    /** Records a search over personal records, with the (non-personal) filters used, as a read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSearch(String recordType, String filters) {
        read(event("SEARCH", recordType, null, null, AuditOutcome.SUCCESS, filters));
    }

    private void read(AuditEvent event) {
        if (reads.canHoldResponse()) {
            reads.writeAfterCommit(event);
        } else {
            event.persist(); // no response to hold back (not a REST request): in the caller's transaction
        }
    }

    /** Records a request for a record the caller may not see; survives the request's rollback. */
    public void recordDenied(AuditAction action, String recordType, Object recordId) {
        LOG.infof("Refused %s of %s %s to subject %s", action, recordType, recordId, caller.subject());
        AuditEvent event = event(action.name(), recordType, recordId, null, AuditOutcome.DENIED, null);
        QuarkusTransaction.requiringNew().run(event::persist);
    }

    private AuditEvent event(String action, String recordType, Object recordId, UUID childId,
            AuditOutcome outcome, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = time.now();
        event.subject = caller.subject();
        event.username = caller.username();
        event.clientId = caller.clientId();
        event.action = action;
        event.recordType = recordType;
        event.recordId = recordId == null ? null : recordId.toString();
        event.childId = childId;
        event.requestId = RequestIds.current();
        event.outcome = outcome;
        event.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        return event;
    }
}
