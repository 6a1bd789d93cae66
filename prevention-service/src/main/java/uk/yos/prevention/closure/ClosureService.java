package uk.yos.prevention.closure;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.common.calendar.TimeSource;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.prevention.audit.PreventionAuditAction;
import uk.yos.prevention.referral.PreventionReferral;
import uk.yos.prevention.referral.PreventionReferralView;
import uk.yos.prevention.referral.ReferralService;
import uk.yos.prevention.support.FieldErrors;

@ApplicationScoped
public class ClosureService {

    @Inject
    RecordChanges records;

    @Inject
    ReferralService referrals;

    @Inject
    TimeSource time;

    /** Closes the referral; from then on it refuses every change (409). */
    @Transactional
    public Versioned<PreventionReferralView> close(UUID id, CloseReferralRequest request, String ifMatch) {
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        new FieldErrors()
                .addIf(request.outcome() == ClosureOutcome.OTHER && notes == null, "notes",
                        "is required when the outcome is OTHER")
                .throwIfAny();

        PreventionReferral referral = referrals.lockForChange(id, ifMatch, PreventionAuditAction.CLOSE);
        new FieldErrors()
                .addIf(request.closedOn().isBefore(referral.receivedOn), "closedOn",
                        "must not be before the day the referral was received (" + referral.receivedOn + ")")
                .addIf(referral.decidedOn != null && request.closedOn().isBefore(referral.decidedOn), "closedOn",
                        "must not be before the day of the decision (" + referral.decidedOn + ")")
                .throwIfAny();
        if (request.outcome() == ClosureOutcome.CASE_OPENED && referral.caseId == null) {
            throw ProblemException.unprocessable("No case was opened from this referral, so it cannot close as "
                    + "CASE_OPENED");
        }
        referral.close(request.outcome(), request.closedOn(), notes, time.now(), records.changedBy());
        return referrals.view(records.saveChange(referral, PreventionAuditAction.CLOSE, ReferralService.RECORD_TYPE,
                referral.youngPersonId));
    }
}
