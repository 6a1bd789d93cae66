package uk.yos.cases.work;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import uk.yos.cases.caserecord.CaseEvents;
import uk.yos.cases.caserecord.CaseRecord;

/**
 * Keeps the work ledger in step with the records it is made from. Each record's service says when work falls due,
 * moves, is done or is due again; the case's own changes (team, closing, reopening) are followed here.
 */
@ApplicationScoped
public class WorkItems {

    /** {@code sourceId} makes {@code kind} of work due on {@code dueDate} for the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void due(CaseRecord caseRecord, WorkKind kind, UUID sourceId, LocalDate dueDate) {
        WorkItem item = WorkItem.of(sourceId, kind).orElseGet(WorkItem::new);
        item.caseId = caseRecord.id;
        item.youngPersonId = caseRecord.youngPersonId;
        item.teamCode = caseRecord.owningTeamCode;
        item.kind = kind;
        item.sourceId = sourceId;
        item.dueDate = dueDate;
        item.completedOn = null;
        item.state = caseRecord.isClosed() ? WorkState.WITHDRAWN : WorkState.DUE;
        item.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void done(UUID sourceId, WorkKind kind, LocalDate on) {
        WorkItem.of(sourceId, kind).ifPresent(item -> {
            item.completedOn = on;
            item.state = WorkState.DONE;
        });
    }

    /** Every piece of {@code kind} the case still has due is done on {@code on} (one plan answers them all). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void doneForCase(UUID caseId, WorkKind kind, LocalDate on) {
        WorkItem.update("state = ?1, completedOn = ?2 where caseId = ?3 and kind = ?4 and state <> ?1",
                WorkState.DONE, on, caseId, kind);
    }

    /** Whether the case has {@code kind} of work on the ledger, whatever its state. */
    public boolean has(UUID caseId, WorkKind kind) {
        return WorkItem.count("caseId = ?1 and kind = ?2", caseId, kind) > 0;
    }

    /** The work is no longer due at all (a sign-off decided against, a review replaced). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID sourceId, WorkKind kind) {
        WorkItem.of(sourceId, kind).ifPresent(WorkItem::delete);
    }

    void caseCorrected(@Observes CaseEvents.Corrected event) {
        CaseRecord caseRecord = event.caseRecord();
        WorkItem.update("teamCode = ?1 where caseId = ?2 and teamCode <> ?1", caseRecord.owningTeamCode,
                caseRecord.id);
    }

    /** Closing a case withdraws what it still had due; reopening makes that due again. */
    void caseStatusChanged(@Observes CaseEvents.StatusChanged event) {
        CaseRecord caseRecord = event.caseRecord();
        if (caseRecord.isClosed()) {
            WorkItem.update("state = ?1 where caseId = ?2 and state = ?3", WorkState.WITHDRAWN, caseRecord.id,
                    WorkState.DUE);
        } else {
            WorkItem.update("state = ?1 where caseId = ?2 and state = ?3", WorkState.DUE, caseRecord.id,
                    WorkState.WITHDRAWN);
        }
    }
}
