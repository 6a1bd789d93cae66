package uk.yos.cases.riskpanel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.assessment.RatingsInEffect;
import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.cases.work.WorkItems;
import uk.yos.cases.work.WorkKind;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.calendar.WorkingDays;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;

/**
 * Risk, Safety and Wellbeing panels. One falls due when an assessment's high or very high ratings take effect, a set
 * number of working days after that assessment's completion; a held panel's next review date makes the next one due.
 * A case has at most one panel waiting to be held.
 */
@ApplicationScoped
public class RiskPanels {

    public static final String RECORD_TYPE = "RISK_PANEL";

    @Inject
    CaseService cases;

    @Inject
    RiskPanelSettings settings;

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
    public List<RiskPanelView> list(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_RISK_PANELS);
        LocalDate today = time.today();
        return RiskPanel.ofCase(caseId).stream().map(p -> RiskPanelView.of(p, today)).toList();
    }

    @Transactional
    public Versioned<RiskPanelView> read(UUID caseId, UUID id) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.READ_RISK_PANELS);
        RiskPanel panel = find(caseRecord, id);
        audit.recordRead(CaseAuditAction.READ_RISK_PANELS, RECORD_TYPE, id, caseRecord.youngPersonId);
        return view(panel);
    }

    /** High or very high ratings call for a panel, unless one is already waiting to be held. */
    void ratingsInEffect(@Observes RatingsInEffect ratings) {
        CaseRecord caseRecord = ratings.caseRecord();
        if (!ratings.highOrVeryHigh() || RiskPanel.waiting(caseRecord.id).isPresent()) {
            return;
        }
        LocalDate due = workingDays.plusWorkingDays(ratings.completedOn(), settings.dueWithinWorkingDays());
        saveDue(caseRecord, RiskPanel.due(caseRecord.id, ratings.assessmentId(), due));
    }

    @Transactional
    public Versioned<RiskPanelView> hold(UUID caseId, UUID id, HoldRiskPanelRequest request, String ifMatch) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.HOLD_RISK_PANEL);
        RiskPanel panel = find(caseRecord, id);
        panel.lockAtIfMatch(ifMatch);
        if (panel.isHeld()) {
            throw ProblemException.conflict("This panel was held on " + panel.heldOn);
        }
        if (request.nextReviewDate() != null && !request.nextReviewDate().isAfter(request.heldOn())) {
            throw ProblemException.invalid("nextReviewDate", "must be after the day the panel was held");
        }
        List<HoldRiskPanelRequest.ActionRequest> actions = request.actions() == null ? List.of() : request.actions();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).dueDate().isBefore(request.heldOn())) {
                throw ProblemException.invalid("actions[" + i + "].dueDate", "must not be before the panel");
            }
        }
        panel.hold(request);
        records.saveChange(panel, CaseAuditAction.HOLD_RISK_PANEL, RECORD_TYPE, caseRecord.youngPersonId);
        work.done(panel.id, WorkKind.RISK_PANEL, request.heldOn());
        if (request.nextReviewDate() != null && !caseRecord.isClosed()) {
            saveDue(caseRecord, RiskPanel.due(caseRecord.id, null, request.nextReviewDate()));
        }
        return view(panel);
    }

    private void saveDue(CaseRecord caseRecord, RiskPanel panel) {
        records.saveNew(panel, CaseAuditAction.SCHEDULE_RISK_PANEL, RECORD_TYPE, caseRecord.youngPersonId);
        work.due(caseRecord, WorkKind.RISK_PANEL, panel.id, panel.dueDate);
    }

    private RiskPanel find(CaseRecord caseRecord, UUID id) {
        RiskPanel panel = RiskPanel.findById(id);
        if (panel == null || !panel.caseId.equals(caseRecord.id)) {
            throw ProblemException.notFound("Risk panel");
        }
        return panel;
    }

    private Versioned<RiskPanelView> view(RiskPanel panel) {
        return new Versioned<>(RiskPanelView.of(panel, time.today()), panel.version);
    }
}
