package uk.yos.cases.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.cases.work.WorkItems;
import uk.yos.cases.work.WorkKind;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.calendar.WorkingDays;
import uk.yos.common.concurrency.RowLocks;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.security.Caller;

/**
 * Warnings for unacceptable absences, and the breach consideration they call for. When the case's warnings within
 * the window (back from today) that no consideration has counted reach the configured number, the case is flagged:
 * a consideration is raised, due some working days after the warning that reached the number (the latest-dated of
 * those counted), as work for the team's operations manager. A warning counts towards one consideration only (the
 * one it raised, or the one outstanding when it was given), so after a decision a new consideration needs the number
 * reached again.
 */
@ApplicationScoped
public class BreachConsiderations {

    public static final String RECORD_TYPE = "BREACH_CONSIDERATION";
    public static final String WARNING_RECORD_TYPE = "CONTACT_WARNING";

    @Inject
    CaseService cases;

    @Inject
    ContactSettings settings;

    @Inject
    WorkingDays workingDays;

    @Inject
    TimeSource time;

    @Inject
    RecordChanges records;

    @Inject
    Caller caller;

    @Inject
    WorkItems work;

    @Transactional
    public List<WarningView> warnings(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_CONTACTS);
        return ContactWarning.ofCase(caseId).stream().map(WarningView::of).toList();
    }

    @Transactional
    public List<BreachConsiderationView> considerations(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_CONTACTS);
        LocalDate today = time.today();
        return BreachConsideration.ofCase(caseId).stream().map(b -> BreachConsiderationView.of(b, today)).toList();
    }

    /** The warning an unacceptable absence gives, in the transaction recording it; it may flag the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    ContactWarning warn(CaseRecord caseRecord, Contact contact) {
        // One case's warnings are counted one at a time, so two absences recorded at once cannot both miss the flag.
        RowLocks.lockAtVersion(CaseRecord.getEntityManager(), "CaseRecord", caseRecord.id, caseRecord.version);
        ContactWarning warning = ContactWarning.forAbsence(contact);
        Optional<BreachConsideration> outstanding = BreachConsideration.outstanding(caseRecord.id);
        outstanding.ifPresent(consideration -> warning.breachConsiderationId = consideration.id);
        records.saveNew(warning, CaseAuditAction.RECORD_CONTACT_WARNING, WARNING_RECORD_TYPE,
                caseRecord.youngPersonId);
        if (outstanding.isEmpty()) {
            List<ContactWarning> counting = ContactWarning.notConsideredSince(caseRecord.id, windowStart());
            if (counting.size() >= settings.breach().warnings()) {
                // The warning that reached the number, in the order the absences happened: the latest of them.
                LocalDate reachedOn = counting.stream().map(counted -> counted.warnedOn).max(LocalDate::compareTo)
                        .orElseThrow();
                BreachConsideration raised = raise(caseRecord, reachedOn);
                counting.forEach(counted -> counted.breachConsiderationId = raised.id);
            }
        }
        return warning;
    }

    @Transactional
    public Versioned<BreachConsiderationView> decide(UUID caseId, BreachDecisionRequest request) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.DECIDE_BREACH_CONSIDERATION);
        if (!caller.team().map(caseRecord.owningTeamCode::equals).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only an operations manager of the case's team decides on breach");
        }
        BreachConsideration consideration = BreachConsideration.outstanding(caseId)
                .orElseThrow(() -> ProblemException.conflict("No breach consideration is outstanding for this case"));
        // Locked at the version read: of two managers deciding at once, the second finds it decided.
        if (!RowLocks.tryLockAtVersion(BreachConsideration.getEntityManager(), "BreachConsideration",
                consideration.id, consideration.version)) {
            throw ProblemException.conflict("No breach consideration is outstanding for this case");
        }
        LocalDate today = time.today();
        consideration.decide(request, today, records.changedBy());
        records.saveChange(consideration, CaseAuditAction.DECIDE_BREACH_CONSIDERATION, RECORD_TYPE,
                caseRecord.youngPersonId);
        work.done(consideration.id, WorkKind.BREACH_CONSIDERATION, today);
        return new Versioned<>(BreachConsiderationView.of(consideration, today), consideration.version);
    }

    /** The first day warnings count from: the window's length back from today. */
    LocalDate windowStart() {
        return time.today().minusMonths(settings.breach().windowMonths());
    }

    private BreachConsideration raise(CaseRecord caseRecord, LocalDate warnedOn) {
        LocalDate due = workingDays.plusWorkingDays(warnedOn, settings.breach().decisionWithinWorkingDays());
        BreachConsideration consideration = records.saveNew(BreachConsideration.raised(caseRecord.id, warnedOn, due),
                CaseAuditAction.RAISE_BREACH_CONSIDERATION, RECORD_TYPE, caseRecord.youngPersonId);
        work.due(caseRecord, WorkKind.BREACH_CONSIDERATION, consideration.id, due);
        return consideration;
    }
}
