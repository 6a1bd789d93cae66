package uk.yos.cases.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.assessment.RatingsInEffect;
import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseCategory;
import uk.yos.cases.caserecord.CaseEvents;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.cases.work.DueStatus;
import uk.yos.cases.work.WorkItems;
import uk.yos.cases.work.WorkKind;
import uk.yos.cases.youngperson.YoungPerson;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.calendar.WorkingDays;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;

/**
 * A case's plans and their versions, and the plans that fall due: a contingency plan once ratings of medium or above
 * take effect, a transition plan by the day a child on a court order is 17 years 6 months old, and each plan's
 * review on its review date (done when a new version is recorded).
 */
@ApplicationScoped
public class Plans {

    public static final String RECORD_TYPE = "PLAN";

    @Inject
    CaseService cases;

    @Inject
    PlanSettings settings;

    @Inject
    WorkingDays workingDays;

    @Inject
    TimeSource time;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges records;

    @Inject
    WorkItems work;

    @Transactional
    public List<PlanView> list(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_PLANS);
        return Plan.ofCase(caseId).stream().map(p -> PlanView.of(p, PlanVersion.current(p))).toList();
    }

    @Transactional
    public Versioned<PlanView> read(UUID caseId, UUID id) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.READ_PLANS);
        Plan plan = find(caseRecord, id);
        audit.recordRead(CaseAuditAction.READ_PLANS, RECORD_TYPE, id, caseRecord.youngPersonId);
        return new Versioned<>(PlanView.of(plan, PlanVersion.current(plan)), plan.version);
    }

    @Transactional
    public List<PlanView> versions(UUID caseId, UUID id) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.READ_PLANS);
        Plan plan = find(caseRecord, id);
        audit.recordRead(CaseAuditAction.READ_PLANS, RECORD_TYPE, id, caseRecord.youngPersonId);
        return PlanVersion.ofPlan(id).stream().map(v -> PlanView.of(plan, v)).toList();
    }

    @Transactional
    public TransitionView transition(UUID caseId) {
        CaseRecord caseRecord = cases.readVisible(caseId, CaseAuditAction.READ_PLANS);
        LocalDate date = transitionDate(caseRecord);
        Optional<Plan> plan = Plan.ofKind(caseId, PlanKind.TRANSITION);
        boolean applies = appliesTo(caseRecord);
        DueStatus status = !applies ? null : plan.isPresent() ? DueStatus.DONE
                : DueStatus.of(date, null, time.today());
        return new TransitionView(caseId, applies, date, status, plan.map(p -> p.id).orElse(null));
    }

    @Transactional
    public Versioned<PlanView> create(UUID caseId, NewPlanRequest request) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.CREATE_PLAN);
        if (caseRecord.isClosed()) {
            throw ProblemException.conflict("The case is closed; reopen it before making a plan");
        }
        Plan.ofKind(caseId, request.kind()).ifPresent(existing -> {
            throw ProblemException.conflict("The case has a " + request.kind() + " plan (" + existing.id
                    + "): record a new version of it");
        });
        check(request.kind(), request.plan());
        Plan plan = new Plan();
        plan.caseId = caseId;
        plan.kind = request.kind();
        plan.currentNumber = 1;
        records.saveNew(plan, CaseAuditAction.CREATE_PLAN, RECORD_TYPE, caseRecord.youngPersonId);
        PlanVersion first = saveVersion(caseRecord, plan, request.plan());
        PlanKind kind = request.kind();
        if (kind.missingWork() != null) {
            work.doneForCase(caseId, kind.missingWork(), first.recordedOn);
        }
        return new Versioned<>(PlanView.of(plan, first), plan.version);
    }

    @Transactional
    public Versioned<PlanView> revise(UUID caseId, UUID id, PlanRequest request, String ifMatch) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.REVISE_PLAN);
        Plan plan = find(caseRecord, id);
        plan.lockAtIfMatch(ifMatch);
        check(plan.kind, request);
        PlanVersion previous = PlanVersion.current(plan);
        if (request.recordedOn().isBefore(previous.recordedOn)) {
            throw ProblemException.invalid("recordedOn", "must not be before the current version's ("
                    + previous.recordedOn + ")");
        }
        plan.currentNumber = previous.number + 1;
        records.saveChange(plan, CaseAuditAction.REVISE_PLAN, RECORD_TYPE, caseRecord.youngPersonId);
        work.done(previous.id, WorkKind.PLAN_REVIEW, request.recordedOn());
        return new Versioned<>(PlanView.of(plan, saveVersion(caseRecord, plan, request)), plan.version);
    }

    /** Ratings of medium or above call for a contingency plan, when the case has none. */
    void ratingsInEffect(@Observes RatingsInEffect ratings) {
        CaseRecord caseRecord = ratings.caseRecord();
        if (ratings.mediumOrAbove() && Plan.ofKind(caseRecord.id, PlanKind.CONTINGENCY).isEmpty()) {
            work.due(caseRecord, WorkKind.CONTINGENCY_PLAN, ratings.assessmentId(),
                    workingDays.plusWorkingDays(ratings.completedOn(), settings.contingencyWithinWorkingDays()));
        }
    }

    /** A court order opened makes its transition plan due on the day the child is 17 years 6 months old. */
    void caseOpened(@Observes CaseEvents.Opened event) {
        scheduleTransition(event.caseRecord());
    }

    /** A case corrected into a court order gets its transition plan due; one corrected out of it loses it. */
    void caseCorrected(@Observes CaseEvents.Corrected event) {
        CaseRecord caseRecord = event.caseRecord();
        if (appliesTo(caseRecord)) {
            scheduleTransition(caseRecord);
        } else if (Plan.ofKind(caseRecord.id, PlanKind.TRANSITION).isEmpty()) {
            work.cancel(caseRecord.id, WorkKind.TRANSITION_PLAN);
        }
    }

    private void scheduleTransition(CaseRecord caseRecord) {
        if (appliesTo(caseRecord) && !work.has(caseRecord.id, WorkKind.TRANSITION_PLAN)
                && Plan.ofKind(caseRecord.id, PlanKind.TRANSITION).isEmpty()) {
            work.due(caseRecord, WorkKind.TRANSITION_PLAN, caseRecord.id, transitionDate(caseRecord));
        }
    }

    private static boolean appliesTo(CaseRecord caseRecord) {
        return caseRecord.caseType.category() == CaseCategory.COURT;
    }

    private static LocalDate transitionDate(CaseRecord caseRecord) {
        YoungPerson child = YoungPerson.findById(caseRecord.youngPersonId);
        return TransitionAge.seventeenAndAHalf(child.dateOfBirth);
    }

    private PlanVersion saveVersion(CaseRecord caseRecord, Plan plan, PlanRequest request) {
        PlanVersion version = PlanVersion.of(plan.id, plan.currentNumber, request, time.now(), records.changedBy());
        version.persist();
        if (!caseRecord.isClosed()) {
            work.due(caseRecord, WorkKind.PLAN_REVIEW, version.id, version.reviewDate);
        }
        return version;
    }

    /** The fields each kind of plan needs, and the dates that must follow from one another. */
    private static void check(PlanKind kind, PlanRequest request) {
        boolean hasInterventions = request.interventions() != null && !request.interventions().isEmpty();
        if (kind == PlanKind.INTERVENTION && !hasInterventions) {
            throw ProblemException.invalid("interventions", "an intervention plan needs at least one");
        }
        boolean transitionFields = request.receivingService() != null || request.transferDate() != null;
        if (kind == PlanKind.TRANSITION) {
            if (request.receivingService() == null || request.receivingService().isBlank()) {
                throw ProblemException.invalid("receivingService", "is required for a transition plan");
            }
            if (request.transferDate() == null) {
                throw ProblemException.invalid("transferDate", "is required for a transition plan");
            }
        } else if (transitionFields) {
            throw ProblemException.invalid("receivingService", "is only for a transition plan");
        }
        if (!request.reviewDate().isAfter(request.recordedOn())) {
            throw ProblemException.invalid("reviewDate", "must be after the day the plan is recorded");
        }
    }

    private Plan find(CaseRecord caseRecord, UUID id) {
        Plan plan = Plan.findById(id);
        if (plan == null || !plan.caseId.equals(caseRecord.id)) {
            throw ProblemException.notFound("Plan");
        }
        return plan;
    }
}
