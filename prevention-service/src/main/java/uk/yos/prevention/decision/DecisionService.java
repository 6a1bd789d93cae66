package uk.yos.prevention.decision;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.yos.cases.contract.DiversionCaseType;
import uk.yos.cases.contract.DiversionIntake;
import uk.yos.cases.contract.DiversionIntakeRequest;
import uk.yos.cases.contract.DiversionYoungPerson;
import uk.yos.cases.contract.OffenceRequest;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.client.UpstreamRejectedException;
import uk.yos.common.client.caseservice.CaseService;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.text.Texts;
import uk.yos.prevention.audit.PreventionAuditAction;
import uk.yos.prevention.referral.PreventionReferral;
import uk.yos.prevention.referral.PreventionReferralView;
import uk.yos.prevention.referral.ReasonType;
import uk.yos.prevention.referral.ReferralService;
import uk.yos.prevention.referral.ReferralStatus;
import uk.yos.prevention.support.FieldErrors;
import uk.yos.web.security.Caller;

/**
 * Records the joint decision. A youth caution or youth conditional caution first opens a case in case-service,
 * outside any transaction here and before anything is written: if case-service is down, slow or failing the
 * caller gets 503 and the referral is unchanged. case-service opens at most one case per
 * {@code prevention-referral:<id>}, so a retry (by the same worker or another) gets the same case back even when
 * the first attempt's answer was lost. The decision, with the case's ids, is then written in one transaction.
 */
@ApplicationScoped
public class DecisionService {

    public static final String SOURCE_PREFIX = "prevention-referral:";

    @Inject
    RecordChanges records;

    @Inject
    ReferralService referrals;

    @Inject
    CaseService caseService;

    @Inject
    Caller caller;

    @Inject
    TimeSource time;

    public Versioned<PreventionReferralView> decide(UUID id, DecisionRequest request, String ifMatch) {
        boolean police = request.panel().stream().anyMatch(m -> m.agency() == PanelAgency.POLICE);
        boolean yos = request.panel().stream().anyMatch(m -> m.agency() == PanelAgency.YOS);
        new FieldErrors()
                .addIf(!police || !yos, "panel", "must include at least one POLICE and one YOS member")
                .throwIfAny();

        // Every check that can refuse the decision, on the referral as the caller last read it; writes nothing.
        DiversionIntakeRequest intakeRequest = QuarkusTransaction.requiringNew().call(() -> {
            PreventionReferral referral = referrals.findOpenAtVersion(id, ifMatch, PreventionAuditAction.DECIDE);
            checkDecidable(referral, request);
            return request.outcome().opensCase() ? intakeRequest(referral, request) : null;
        });
        DiversionIntake intake = intakeRequest == null ? null : openCase(intakeRequest);
        return QuarkusTransaction.requiringNew().call(() -> record(id, request, ifMatch, intakeRequest, intake));
    }

    /** The intake's case from case-service; its refusal is 422 here, naming what to correct. */
    private DiversionIntake openCase(DiversionIntakeRequest intakeRequest) {
        try {
            return caseService.openDiversionIntake(intakeRequest);
        } catch (UpstreamRejectedException rejected) {
            throw CaseServiceRefusals.refused(rejected);
        }
    }

    private Versioned<PreventionReferralView> record(UUID id, DecisionRequest request, String ifMatch,
            DiversionIntakeRequest intakeRequest, DiversionIntake intake) {
        // Locked at the version checked above: a change made meanwhile is a 412, and the retry finds the same case.
        PreventionReferral referral = referrals.lockForChange(id, ifMatch, PreventionAuditAction.DECIDE);
        checkDecidable(referral, request);
        referral.decisionOutcome = request.outcome();
        referral.decisionReasons = request.reasons().strip();
        referral.decidedOn = request.decidedOn();
        referral.decisionPanel.clear();
        referral.decisionPanel.addAll(request.panel().stream()
                .map(m -> new PanelMember(m.name().strip(), m.agency(), Texts.stripToNull(m.role()))).toList());
        if (intake != null) {
            referral.caseId = intake.caseId();
            referral.youngPersonId = intake.youngPersonId();
            referral.youngPersonMatched = intake.youngPersonMatched();
            referral.caseTeamCode = intakeRequest.owningTeamCode();
        }
        referral.decisionRecordedAt = time.now();
        referral.decisionRecordedBy = caller.username();
        referral.status = ReferralStatus.DECIDED;
        return referrals.view(records.saveChange(referral, PreventionAuditAction.DECIDE, ReferralService.RECORD_TYPE,
                referral.youngPersonId));
    }

    /**
     * The referral's state must allow this decision (409 otherwise: it is decided already, or triage is not far
     * enough), and the outcome must fit the referral (422: only an offence can be cautioned, charged or resolved).
     */
    private static void checkDecidable(PreventionReferral referral, DecisionRequest request) {
        if (referral.isDecided()) {
            throw ProblemException.conflict("The joint decision is already recorded (" + referral.decisionOutcome
                    + " on " + referral.decidedOn + ") and cannot change");
        }
        if (request.outcome().needsOffence() && referral.reasonType != ReasonType.OFFENCE) {
            throw ProblemException.unprocessable("The referral is for a risk, not an offence: the only decision "
                    + "it can take is NO_FURTHER_ACTION (voluntary prevention work needs no decision)");
        }
        if (!referral.isTriaged()) {
            throw ProblemException.conflict("Triage and assessment must be completed before the joint decision");
        }
        if (referral.reasonType == ReasonType.OFFENCE && referral.padatCompletedOn == null) {
            throw ProblemException.conflict("The Prevention and Diversion Assessment Tool must be completed before a "
                    + "decision on a diversion referral; record its completion in triage");
        }
        if (request.outcome().opensCase() && !referral.hasChildCaseDetails()) {
            throw ProblemException.conflict("A " + request.outcome() + " opens a case, which needs the child's "
                    + "ethnicity, locality, care, SEND and EHCP details: record them in triage first");
        }
        if (request.decidedOn().isBefore(referral.receivedOn)) {
            throw ProblemException.invalid("decidedOn", "must not be before the day the referral was received ("
                    + referral.receivedOn + ")");
        }
    }

    private DiversionIntakeRequest intakeRequest(PreventionReferral referral, DecisionRequest request) {
        String team = request.owningTeamCode() != null ? request.owningTeamCode()
                : caller.team().orElseThrow(() -> ProblemException.invalid("owningTeamCode",
                        "is required for a " + request.outcome() + " because your token names no team"));
        return new DiversionIntakeRequest(SOURCE_PREFIX + referral.id,
                DiversionCaseType.valueOf(request.outcome().name()), request.decidedOn(), team,
                new DiversionYoungPerson(referral.reference, referral.childPncId, referral.childGivenName,
                        referral.childFamilyName, referral.childDateOfBirth, referral.childGender,
                        referral.childEthnicity, referral.childLocalityCode, referral.childInCare, referral.childSend,
                        referral.childEhcp),
                List.of(new OffenceRequest(referral.offenceTypeCode, referral.offenceDescription,
                        referral.offenceGravityScore, referral.offenceDate)));
    }
}
