package uk.yos.cases.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseEvents;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.calendar.WorkingDays;
import uk.yos.common.concurrency.RowLocks;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.security.Caller;
import uk.yos.cases.work.WorkItems;
import uk.yos.cases.work.WorkKind;

/**
 * A case's assessments: when each falls due, starting and completing them, and the ratings taking effect (at once,
 * or on a manager's sign-off). A case's start assessment falls due when it opens; each assessment whose ratings take
 * effect makes the next review due; a significant change brings that review forward.
 */
@ApplicationScoped
public class Assessments {

    public static final String RECORD_TYPE = "ASSESSMENT";

    @Inject
    CaseService cases;

    @Inject
    AssessmentSettings settings;

    @Inject
    ScaledApproachMatrix matrix;

    @Inject
    WorkingDays workingDays;

    @Inject
    TimeSource time;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges records;

    @Inject
    Caller caller;

    @Inject
    WorkItems work;

    @Inject
    Event<RatingsInEffect> ratingsInEffect;

    @Transactional
    public List<AssessmentView> list(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_ASSESSMENTS);
        LocalDate today = time.today();
        return Assessment.ofCase(caseId).stream().map(a -> AssessmentView.of(a, today)).toList();
    }

    @Transactional
    public Versioned<AssessmentView> read(UUID caseId, UUID id) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.READ_ASSESSMENTS);
        Assessment assessment = find(caseRecord, id);
        audit.recordRead(CaseAuditAction.READ_ASSESSMENTS, RECORD_TYPE, id, caseRecord.youngPersonId);
        return view(assessment);
    }

    @Transactional
    public CurrentRatingsView currentRatings(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_ASSESSMENTS);
        return CurrentRatingsView.of(caseId, Assessment.inEffect(caseId).orElse(null),
                Assessment.awaitingSignOff(caseId).orElse(null),
                Assessment.open(caseId, AssessmentStage.REVIEW).orElse(null), time.today());
    }

    /** A new case's start assessment falls due, if its category is assessed. */
    void caseOpened(@Observes CaseEvents.Opened event) {
        CaseRecord caseRecord = event.caseRecord();
        rule(caseRecord).ifPresent(rule -> saveNewDue(caseRecord,
                Assessment.due(caseRecord.id, rule.tool(), AssessmentStage.START, startDue(caseRecord, rule))));
    }

    /** A corrected type or outcome date moves an open start assessment's tool and due date with it. */
    void caseCorrected(@Observes CaseEvents.Corrected event) {
        CaseRecord caseRecord = event.caseRecord();
        Optional<AssessmentSettings.CategoryRule> rule = rule(caseRecord);
        Assessment.open(caseRecord.id, AssessmentStage.START).filter(a -> a.startedOn == null).ifPresent(start -> {
            if (rule.isEmpty()) {
                return; // the case moved to a category that is not assessed: what was due stays on record
            }
            LocalDate due = startDue(caseRecord, rule.get());
            if (start.tool != rule.get().tool() || !start.dueDate.equals(due)) {
                start.tool = rule.get().tool();
                start.dueDate = due;
                saveMovedDue(caseRecord, start, List.of("tool", "dueDate"));
            }
        });
    }

    @Transactional
    public Versioned<AssessmentView> schedule(UUID caseId, ScheduleAssessmentRequest request) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.SCHEDULE_ASSESSMENT);
        if (caseRecord.isClosed()) {
            throw ProblemException.conflict("The case is closed; reopen it before making an assessment due");
        }
        AssessmentSettings.CategoryRule rule = rule(caseRecord).orElseThrow(() -> ProblemException.unprocessable(
                "stage", caseRecord.caseType + " cases are not assessed in this area"));
        Assessment assessment = switch (request.stage()) {
            case START -> scheduleStart(caseRecord, rule, request);
            case REVIEW -> scheduleReviewForChange(caseRecord, rule, request);
            case END_OF_ORDER -> scheduleEndOfOrder(caseRecord, rule, request);
        };
        return view(assessment);
    }

    @Transactional
    public Versioned<AssessmentView> start(UUID caseId, UUID id, StartAssessmentRequest request, String ifMatch) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.START_ASSESSMENT);
        Assessment assessment = find(caseRecord, id);
        assessment.lockAtIfMatch(ifMatch);
        if (assessment.startedOn != null) {
            throw ProblemException.conflict("This assessment was started on " + assessment.startedOn);
        }
        assessment.start(request.startedOn());
        records.saveUpdate(assessment, CaseAuditAction.START_ASSESSMENT, RECORD_TYPE, caseRecord.youngPersonId,
                List.of("startedOn"));
        return view(assessment);
    }

    @Transactional
    public Versioned<AssessmentView> complete(UUID caseId, UUID id, CompleteAssessmentRequest request, String ifMatch) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.COMPLETE_ASSESSMENT);
        Assessment assessment = find(caseRecord, id);
        assessment.lockAtIfMatch(ifMatch);
        if (assessment.isCompleted()) {
            throw ProblemException.conflict("This assessment was completed on " + assessment.completedOn);
        }
        if (assessment.startedOn == null) {
            throw ProblemException.conflict("Record the day the assessment was started before completing it");
        }
        if (request.completedOn().isBefore(assessment.startedOn)) {
            throw ProblemException.invalid("completedOn", "must not be before the day it was started ("
                    + assessment.startedOn + ")");
        }
        Assessment.awaitingSignOff(caseId).ifPresent(pending -> {
            throw ProblemException.conflict("The ratings of assessment " + pending.id + " await a manager's "
                    + "sign-off; it must be decided before another assessment is completed");
        });
        Ratings ratings = ratings(request);
        Assessment previous = Assessment.inEffect(caseId).orElse(null);
        LocalDate signOffDue = ratings.needSignOffAfter(previous)
                ? workingDays.plusWorkingDays(request.completedOn(), settings.signOffWorkingDays())
                : null;
        assessment.complete(request.completedOn(), ratings, caller.subject(), records.changedBy(), signOffDue);
        records.saveChange(assessment, CaseAuditAction.COMPLETE_ASSESSMENT, RECORD_TYPE, caseRecord.youngPersonId);
        work.done(assessment.id, assessment.stage.work(), assessment.completedOn);
        if (assessment.awaitsSignOff()) {
            work.due(caseRecord, WorkKind.RATINGS_SIGN_OFF, assessment.id, signOffDue);
        } else {
            tookEffect(caseRecord, assessment);
        }
        return view(assessment);
    }

    /**
     * An operations manager's decision on ratings awaiting sign-off, made through an oversight record: agreed, they
     * take effect and the next review falls due; not agreed, the assessment goes back to be revised. The caller's
     * team was checked by the oversight record; nobody decides on an assessment they completed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decideSignOff(CaseRecord caseRecord, UUID assessmentId, boolean agreed, LocalDate on) {
        Assessment assessment = Assessment.findById(assessmentId);
        if (assessment == null || !assessment.caseId.equals(caseRecord.id)) {
            throw ProblemException.invalid("assessmentId", "is not an assessment of this case");
        }
        // Locked at the version read: of two managers deciding at once, the second finds it decided.
        if (!assessment.awaitsSignOff() || !RowLocks.tryLockAtVersion(Assessment.getEntityManager(), "Assessment",
                assessment.id, assessment.version)) {
            throw ProblemException.conflict("No sign-off is outstanding for this assessment");
        }
        if (caller.subject().equals(assessment.completedBySubject)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Nobody signs off an assessment they completed");
        }
        if (on.isBefore(assessment.completedOn)) {
            throw ProblemException.invalid("reviewedOn", "must not be before the assessment was completed ("
                    + assessment.completedOn + ")");
        }
        work.done(assessment.id, WorkKind.RATINGS_SIGN_OFF, on);
        if (agreed) {
            assessment.agree(on, records.changedBy());
            records.saveChange(assessment, CaseAuditAction.SIGN_OFF_ASSESSMENT, RECORD_TYPE, caseRecord.youngPersonId);
            tookEffect(caseRecord, assessment);
        } else {
            assessment.returnForRevision();
            records.saveChange(assessment, CaseAuditAction.RETURN_ASSESSMENT, RECORD_TYPE, caseRecord.youngPersonId);
            work.due(caseRecord, assessment.stage.work(), assessment.id, assessment.dueDate);
        }
    }

    /** The scaled approach of the ratings in effect; empty until an assessment's ratings take effect. */
    public Optional<ScaledApproach> scaledApproachInEffect(UUID caseId) {
        return Assessment.inEffect(caseId).map(a -> a.scaledApproach);
    }

    /** Whether {@code assessmentId} is one of the case's assessments with a sign-off outstanding. */
    public boolean awaitsSignOff(UUID caseId, UUID assessmentId) {
        Assessment assessment = Assessment.findById(assessmentId);
        return assessment != null && assessment.caseId.equals(caseId) && assessment.awaitsSignOff();
    }

    public boolean belongsTo(UUID caseId, UUID assessmentId) {
        Assessment assessment = Assessment.findById(assessmentId);
        return assessment != null && assessment.caseId.equals(caseId);
    }

    private Assessment scheduleStart(CaseRecord caseRecord, AssessmentSettings.CategoryRule rule,
            ScheduleAssessmentRequest request) {
        onlyFor(request, AssessmentStage.START);
        if (Assessment.hasStage(caseRecord.id, AssessmentStage.START)) {
            throw ProblemException.conflict("This case already has its start assessment");
        }
        return saveNewDue(caseRecord, Assessment.due(caseRecord.id, rule.tool(), AssessmentStage.START,
                startDue(caseRecord, rule)));
    }

    private Assessment scheduleReviewForChange(CaseRecord caseRecord, AssessmentSettings.CategoryRule rule,
            ScheduleAssessmentRequest request) {
        onlyFor(request, AssessmentStage.REVIEW);
        String change = required(request.significantChange(), "significantChange");
        LocalDate changedOn = required(request.significantChangeOn(), "significantChangeOn");
        LocalDate due = workingDays.plusWorkingDays(changedOn, settings.significantChangeWorkingDays());
        Optional<Assessment> open = Assessment.open(caseRecord.id, AssessmentStage.REVIEW);
        if (open.isPresent()) {
            Assessment review = open.get();
            review.bringForward(due, change, changedOn);
            return saveMovedDue(caseRecord, review, List.of("dueDate", "significantChange", "significantChangeOn"));
        }
        Assessment review = Assessment.due(caseRecord.id, rule.tool(), AssessmentStage.REVIEW, due);
        review.bringForward(due, change, changedOn);
        return saveNewDue(caseRecord, review);
    }

    private Assessment scheduleEndOfOrder(CaseRecord caseRecord, AssessmentSettings.CategoryRule rule,
            ScheduleAssessmentRequest request) {
        onlyFor(request, AssessmentStage.END_OF_ORDER);
        LocalDate end = required(request.orderEndDate(), "orderEndDate");
        if (end.isBefore(caseRecord.outcomeDate)) {
            throw ProblemException.invalid("orderEndDate", "must not be before the case's outcome date ("
                    + caseRecord.outcomeDate + ")");
        }
        if (Assessment.open(caseRecord.id, AssessmentStage.END_OF_ORDER).isPresent()) {
            throw ProblemException.conflict("An end-of-order assessment is already due for this case");
        }
        return saveNewDue(caseRecord, Assessment.due(caseRecord.id, rule.tool(), AssessmentStage.END_OF_ORDER, end));
    }

    /** Ratings in effect make the next review due, and tell whoever follows them (risk panels, plans). */
    private void tookEffect(CaseRecord caseRecord, Assessment assessment) {
        scheduleNextReview(caseRecord, assessment);
        ratingsInEffect.fire(new RatingsInEffect(caseRecord, assessment.id, assessment.completedOn, assessment.rosh,
                assessment.safetyAndWellbeing));
    }

    /**
     * The review after {@code done}, due the review interval after its completion (on the next working day when
     * that is not one). An open review already due sooner, brought forward by a significant change, is kept. A closed
     * case or an end-of-order assessment has no next review.
     */
    private void scheduleNextReview(CaseRecord caseRecord, Assessment done) {
        if (caseRecord.isClosed() || done.stage == AssessmentStage.END_OF_ORDER) {
            return;
        }
        LocalDate due = onOrAfterWorkingDay(done.completedOn.plus(settings.reviewInterval()));
        Optional<Assessment> open = Assessment.open(caseRecord.id, AssessmentStage.REVIEW);
        if (open.isEmpty()) {
            saveNewDue(caseRecord, Assessment.due(caseRecord.id, done.tool, AssessmentStage.REVIEW, due));
        }
    }

    /** A newly due assessment and its work item, audited. */
    private Assessment saveNewDue(CaseRecord caseRecord, Assessment assessment) {
        records.saveNew(assessment, CaseAuditAction.SCHEDULE_ASSESSMENT, RECORD_TYPE, caseRecord.youngPersonId);
        work.due(caseRecord, assessment.stage.work(), assessment.id, assessment.dueDate);
        return assessment;
    }

    /** An open assessment whose due date (or tool) moved, with its work item, audited with the fields changed. */
    private Assessment saveMovedDue(CaseRecord caseRecord, Assessment assessment, List<String> changed) {
        records.saveUpdate(assessment, CaseAuditAction.SCHEDULE_ASSESSMENT, RECORD_TYPE, caseRecord.youngPersonId,
                changed);
        work.due(caseRecord, assessment.stage.work(), assessment.id, assessment.dueDate);
        return assessment;
    }

    private Ratings ratings(CompleteAssessmentRequest request) {
        ScaledApproach indicated = matrix.indicated(request.reoffending(), request.rosh(),
                request.safetyAndWellbeing());
        ScaledApproach chosen = request.scaledApproach() == null ? indicated : request.scaledApproach();
        boolean hasReason = request.overrideReason() != null && !request.overrideReason().isBlank();
        if (chosen != indicated && !hasReason) {
            throw ProblemException.invalid("overrideReason", "is required to choose " + chosen
                    + " when the ratings indicate " + indicated);
        }
        if (chosen == indicated && request.overrideReason() != null) {
            throw ProblemException.invalid("overrideReason", "is only for a scaled approach other than the one the "
                    + "ratings indicate (" + indicated + ")");
        }
        return new Ratings(request.rosh(), request.safetyAndWellbeing(), request.reoffending(), indicated, chosen,
                hasReason ? request.overrideReason().strip() : null);
    }

    private Optional<AssessmentSettings.CategoryRule> rule(CaseRecord caseRecord) {
        return Optional.ofNullable(settings.categories().get(caseRecord.caseType.category()));
    }

    private LocalDate startDue(CaseRecord caseRecord, AssessmentSettings.CategoryRule rule) {
        return workingDays.plusWorkingDays(caseRecord.outcomeDate, rule.startWithinWorkingDays());
    }

    private LocalDate onOrAfterWorkingDay(LocalDate date) {
        return workingDays.isWorkingDay(date) ? date : workingDays.plusWorkingDays(date, 1);
    }

    private Assessment find(CaseRecord caseRecord, UUID id) {
        Assessment assessment = Assessment.findById(id);
        if (assessment == null || !assessment.caseId.equals(caseRecord.id)) {
            throw ProblemException.notFound("Assessment");
        }
        return assessment;
    }

    private Versioned<AssessmentView> view(Assessment assessment) {
        return new Versioned<>(AssessmentView.of(assessment, time.today()), assessment.version);
    }

    /** The fields that belong to other stages must be left out, so a request means one thing. */
    private static void onlyFor(ScheduleAssessmentRequest request, AssessmentStage stage) {
        if (stage != AssessmentStage.REVIEW && (request.significantChange() != null
                || request.significantChangeOn() != null)) {
            throw ProblemException.invalid("significantChange", "is only for a REVIEW");
        }
        if (stage != AssessmentStage.END_OF_ORDER && request.orderEndDate() != null) {
            throw ProblemException.invalid("orderEndDate", "is only for an END_OF_ORDER assessment");
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw ProblemException.invalid(field, "is required for this stage");
        }
        return value;
    }
}
