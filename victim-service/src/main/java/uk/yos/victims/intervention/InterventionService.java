package uk.yos.victims.intervention;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.common.audit.AuditLog;
import uk.yos.common.audit.ChangedFields;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.paging.Page;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.paging.SortFields;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.query.Conditions;
import uk.yos.victims.audit.VictimAuditAction;
import uk.yos.victims.victim.Victim;
import uk.yos.victims.victim.VictimService;

@ApplicationScoped
public class InterventionService {

    public static final String RECORD_TYPE = "RJ_INTERVENTION";

    static final SortFields SORT = SortFields.of(Map.of(
            "createdAt", "i.createdAt",
            "plannedOn", "i.plannedOn",
            "status", "i.status",
            "type", "i.type"), "-createdAt");

    @Inject
    RecordChanges records;

    @Inject
    VictimService victims;

    @Inject
    AuditLog audit;

    /** Plans RJ work: only when RJ was offered to the victim and their consent to contact stands (else 422). */
    @Transactional
    public Versioned<InterventionView> create(CreateInterventionRequest request) {
        Victim found = Victim.findById(request.victimId());
        if (found == null) {
            throw ProblemException.unprocessable("victimId", "is not a recorded victim");
        }
        Victim victim = victims.lockForAddition(found);
        if (victim.consentWithdrawn()) {
            throw ProblemException.unprocessable("The victim withdrew consent on " + victim.consentWithdrawnOn
                    + "; no intervention may be recorded");
        }
        if (!Boolean.TRUE.equals(victim.rjOffered)) {
            throw ProblemException.unprocessable("RJ has not been offered to this victim: record the RJ decision first");
        }
        if (!victim.consentStands()) {
            throw ProblemException.unprocessable("The victim has not consented to be contacted");
        }
        if (request.plannedOn() != null && request.plannedOn().isBefore(victim.referredOn)) {
            throw ProblemException.invalid("plannedOn", "must not be before the victim's referral date ("
                    + victim.referredOn + ")");
        }
        RjIntervention intervention = new RjIntervention();
        intervention.victimId = victim.id;
        intervention.caseId = victim.caseId;
        intervention.type = request.type();
        intervention.status = InterventionStatus.PLANNED;
        intervention.plannedOn = request.plannedOn();
        records.stampCreated(intervention);
        intervention.persist();
        victim.persistAndFlush();
        audit.record(VictimAuditAction.CREATE, RECORD_TYPE, intervention.id, victim.youngPersonId);
        return new Versioned<>(InterventionView.of(intervention), intervention.version);
    }

    @Transactional
    public Page<InterventionView> search(InterventionSearch search, PageRequest paging) {
        Conditions conditions = new Conditions()
                .add("i.victimId = :victimId", "victimId", search.victimId)
                .add("i.caseId = :caseId", "caseId", search.caseId)
                .add("i.status = :status", "status", search.status)
                .add("i.type = :type", "type", search.type);
        Page<InterventionView> page = Page.of(
                RjIntervention.find("from RjIntervention i where " + conditions.where(),
                        SORT.toSort(paging.sort(), "i.id"), conditions.parameters()),
                paging, InterventionView::of);
        audit.recordSearch(RECORD_TYPE, "filters=" + conditions.filtersUsed() + " results=" + page.totalItems());
        return page;
    }

    @Transactional
    public Versioned<InterventionView> read(UUID id) {
        RjIntervention intervention = find(id);
        audit.recordRead(VictimAuditAction.READ, RECORD_TYPE, id, youngPersonOf(intervention));
        return new Versioned<>(InterventionView.of(intervention), intervention.version);
    }

    /**
     * Moves an intervention on. Finished interventions keep their status (409); work other than withdrawing it is
     * refused once the victim has withdrawn consent (422).
     */
    @Transactional
    public Versioned<InterventionView> update(UUID id, UpdateInterventionRequest request, String ifMatch) {
        RjIntervention intervention = lockForChange(id, ifMatch);
        ChangedFields changes = ChangedFields.before(intervention);
        InterventionStatus next = request.status();
        if (!intervention.status.mayMoveTo(next)) {
            throw ProblemException.conflict("An intervention that is " + intervention.status + " cannot become "
                    + next);
        }
        Victim victim = victims.find(intervention.victimId);
        if (victim.consentWithdrawn() && next != InterventionStatus.WITHDRAWN) {
            throw ProblemException.unprocessable("The victim withdrew consent on " + victim.consentWithdrawnOn
                    + "; the intervention can only be withdrawn");
        }
        String outcome = request.outcome() == null || request.outcome().isBlank() ? null : request.outcome().strip();
        if (next == InterventionStatus.COMPLETED) {
            if (request.completedOn() == null) {
                throw ProblemException.invalid("completedOn", "is required for a COMPLETED intervention");
            }
            if (outcome == null) {
                throw ProblemException.invalid("outcome", "is required for a COMPLETED intervention");
            }
        } else if (request.completedOn() != null) {
            throw ProblemException.invalid("completedOn", "is only allowed for a COMPLETED intervention");
        }
        if (request.victimInformedOn() != null && next.isActive()) {
            throw ProblemException.invalid("victimInformedOn", "is only allowed once the intervention has ended");
        }
        if (request.plannedOn() != null && request.plannedOn().isBefore(victim.referredOn)) {
            throw ProblemException.invalid("plannedOn", "must not be before the victim's referral date ("
                    + victim.referredOn + ")");
        }
        intervention.status = next;
        intervention.plannedOn = request.plannedOn();
        intervention.completedOn = request.completedOn();
        intervention.outcome = outcome;
        intervention.victimInformedOn = request.victimInformedOn();
        records.stampChanged(intervention);
        intervention.persistAndFlush();
        audit.recordChange(VictimAuditAction.UPDATE, RECORD_TYPE, id, victim.youngPersonId, changes.in(intervention));
        return new Versioned<>(InterventionView.of(intervention), intervention.version);
    }

    private RjIntervention find(UUID id) {
        return ProblemException.orNotFound(RjIntervention.findById(id), "RJ intervention");
    }

    /** The intervention, locked at the version its If-Match names. */
    private RjIntervention lockForChange(UUID id, String ifMatch) {
        RjIntervention intervention = find(id);
        intervention.lockAtIfMatch(ifMatch);
        return intervention;
    }

    private static UUID youngPersonOf(RjIntervention intervention) {
        Victim victim = Victim.findById(intervention.victimId);
        return victim == null ? null : victim.youngPersonId;
    }
}
