package uk.yos.prevention.triage;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.common.calendar.TimeSource;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.text.Texts;
import uk.yos.prevention.audit.PreventionAuditAction;
import uk.yos.prevention.referral.PreventionReferral;
import uk.yos.prevention.referral.PreventionReferralView;
import uk.yos.prevention.referral.ReferralService;
import uk.yos.prevention.referral.ReferralStatus;
import uk.yos.prevention.support.FieldErrors;
import uk.yos.web.security.Caller;

@ApplicationScoped
public class TriageService {

    @Inject
    RecordChanges records;

    @Inject
    ReferralService referrals;

    @Inject
    Caller caller;

    @Inject
    TimeSource time;

    /**
     * Records triage as it stands (a full replacement). Triage can change until the joint decision is recorded:
     * the decision was made on it, so from then on it is part of the record.
     */
    @Transactional
    public Versioned<PreventionReferralView> record(UUID id, TriageRequest request, String ifMatch) {
        boolean consentAnswered = request.voluntaryWorkConsent() != VoluntaryWorkConsent.NOT_YET_ASKED;
        new FieldErrors()
                .addIf(consentAnswered && request.consentRecordedOn() == null, "consentRecordedOn",
                        "is required when consent is " + request.voluntaryWorkConsent())
                .addIf(!consentAnswered && request.consentRecordedOn() != null, "consentRecordedOn",
                        "must be left out while consent has not been asked")
                .throwIfAny();

        PreventionReferral referral = referrals.lockForChange(id, ifMatch, PreventionAuditAction.TRIAGE);
        if (referral.isDecided()) {
            throw ProblemException.conflict("The joint decision has been recorded; the triage it was made on can "
                    + "no longer change");
        }
        LocalDate received = referral.receivedOn;
        FieldErrors notBeforeReceipt = new FieldErrors();
        notBeforeReceipt(notBeforeReceipt, request.assessmentCompletedOn(), received, "assessmentCompletedOn");
        notBeforeReceipt(notBeforeReceipt, request.padatCompletedOn(), received, "padatCompletedOn");
        notBeforeReceipt(notBeforeReceipt, request.consentRecordedOn(), received, "consentRecordedOn");
        if (request.camhsScreening() != null) {
            notBeforeReceipt(notBeforeReceipt, request.camhsScreening().screenedOn(), received,
                    "camhsScreening.screenedOn");
        }
        notBeforeReceipt.throwIfAny();

        referral.assessmentCompletedOn = request.assessmentCompletedOn();
        referral.triageNotes = Texts.stripToNull(request.notes());
        referral.padatCompletedOn = request.padatCompletedOn();
        TriageRequest.CamhsScreeningRequest camhs = request.camhsScreening();
        referral.camhsScreenedOn = camhs == null ? null : camhs.screenedOn();
        referral.camhsOutcome = camhs == null ? null : camhs.outcome();
        referral.camhsNotes = camhs == null ? null : Texts.stripToNull(camhs.notes());
        referral.voluntaryWorkConsent = request.voluntaryWorkConsent();
        referral.consentRecordedOn = request.consentRecordedOn();
        TriageRequest.ChildCaseDetailsRequest child = request.child();
        referral.childEthnicity = child == null ? null : child.ethnicity();
        referral.childLocalityCode = child == null ? null : child.localityCode();
        referral.childInCare = child == null ? null : child.childInCare();
        referral.childSend = child == null ? null : child.send();
        referral.childEhcp = child == null ? null : child.ehcp();
        referral.status = referral.isTriaged() ? ReferralStatus.TRIAGED : ReferralStatus.RECEIVED;
        referral.triagedAt = time.now();
        referral.triagedBy = caller.username();
        return referrals.view(records.saveChange(referral, PreventionAuditAction.TRIAGE, ReferralService.RECORD_TYPE,
                referral.youngPersonId));
    }

    private static void notBeforeReceipt(FieldErrors errors, LocalDate date, LocalDate receivedOn, String field) {
        errors.addIf(date != null && date.isBefore(receivedOn), field,
                "must not be before the day the referral was received (" + receivedOn + ")");
    }
}
