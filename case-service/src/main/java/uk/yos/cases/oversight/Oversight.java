package uk.yos.cases.oversight;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.assessment.Assessments;
import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.security.Caller;

/**
 * Management oversight of a case. Only an operations manager of the case's own team records it; a record about
 * an assessment whose ratings await sign-off is the decision on them (see {@link Assessments#decideSignOff}).
 */
@ApplicationScoped
public class Oversight {

    public static final String RECORD_TYPE = "OVERSIGHT";

    @Inject
    CaseService cases;

    @Inject
    Assessments assessments;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges records;

    @Transactional
    public List<OversightView> list(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_OVERSIGHT);
        return OversightRecord.ofCase(caseId).stream().map(OversightView::of).toList();
    }

    @Transactional
    public Versioned<OversightView> read(UUID caseId, UUID id) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.READ_OVERSIGHT);
        OversightRecord record = OversightRecord.findById(id);
        if (record == null || !record.caseId.equals(caseId)) {
            throw ProblemException.notFound("Oversight record");
        }
        audit.recordRead(CaseAuditAction.READ_OVERSIGHT, RECORD_TYPE, id, caseRecord.youngPersonId);
        return new Versioned<>(OversightView.of(record), record.version);
    }

    @Transactional
    public Versioned<OversightView> record(UUID caseId, OversightRequest request) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.RECORD_OVERSIGHT);
        if (!caller.team().map(caseRecord.owningTeamCode::equals).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only an operations manager of the case's team records oversight of it");
        }
        checkShape(caseId, request);
        OversightRecord record = records.saveNew(OversightRecord.of(caseId, request, caller.subject()),
                CaseAuditAction.RECORD_OVERSIGHT, RECORD_TYPE, caseRecord.youngPersonId);
        if (request.assessmentId() != null && assessments.awaitsSignOff(caseId, request.assessmentId())) {
            assessments.decideSignOff(caseRecord, request.assessmentId(), request.decision().agrees(),
                    request.reviewedOn());
        }
        return new Versioned<>(OversightView.of(record), record.version);
    }

    private void checkShape(UUID caseId, OversightRequest request) {
        if (request.reviewed().isAboutAnAssessment()) {
            if (request.assessmentId() == null) {
                throw ProblemException.invalid("assessmentId", "is required for " + request.reviewed());
            }
            if (!assessments.belongsTo(caseId, request.assessmentId())) {
                throw ProblemException.invalid("assessmentId", "is not an assessment of this case");
            }
        } else if (request.assessmentId() != null) {
            throw ProblemException.invalid("assessmentId", "is only for ASSESSMENT and RATING_CHANGE");
        }
        boolean hasActions = request.actions() != null && !request.actions().isEmpty();
        if (request.decision() == OversightDecision.AGREED_WITH_ACTIONS && !hasActions) {
            throw ProblemException.invalid("actions", "at least one is required for AGREED_WITH_ACTIONS");
        }
        if (request.decision() == OversightDecision.AGREED && hasActions) {
            throw ProblemException.invalid("decision", "is AGREED_WITH_ACTIONS when actions are set");
        }
        if (hasActions) {
            for (int i = 0; i < request.actions().size(); i++) {
                if (request.actions().get(i).dueDate().isBefore(request.reviewedOn())) {
                    throw ProblemException.invalid("actions[" + i + "].dueDate",
                            "must not be before the review (" + request.reviewedOn() + ")");
                }
            }
        }
    }
}
