package uk.yos.victims.supportreferral;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.problem.ProblemException;
import uk.yos.victims.audit.VictimAuditAction;
import uk.yos.victims.victim.Victim;
import uk.yos.victims.victim.VictimService;
import uk.yos.web.security.Caller;

@ApplicationScoped
public class SupportReferralService {

    @Inject
    VictimService victims;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    /** Refers the victim on: only while their consent to be contacted stands (else 422). */
    @Transactional
    public SupportReferralView refer(UUID victimId, SupportReferralRequest request) {
        Victim victim = victims.lockForAddition(victims.find(victimId));
        if (victim.consentWithdrawn()) {
            throw ProblemException.unprocessable("The victim withdrew consent on " + victim.consentWithdrawnOn
                    + "; no referral may be recorded");
        }
        if (!victim.consentStands()) {
            throw ProblemException.unprocessable("The victim has not consented to be contacted");
        }
        if (request.referredOn().isBefore(victim.referredOn)) {
            throw ProblemException.invalid("referredOn", "must not be before the victim's referral date ("
                    + victim.referredOn + ")");
        }
        SupportReferral referral = new SupportReferral();
        referral.victimId = victimId;
        referral.serviceName = request.serviceName().strip();
        referral.reason = request.reason().strip();
        referral.referredOn = request.referredOn();
        referral.recordedAt = time.now();
        referral.recordedBy = caller.username();
        referral.persist();
        victim.persistAndFlush();
        audit.record(VictimAuditAction.REFER_FOR_SUPPORT, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
        return SupportReferralView.of(referral);
    }

    /** The victim's referrals, oldest first; audited as a read of the victim's record. */
    @Transactional
    public List<SupportReferralView> list(UUID victimId) {
        Victim victim = victims.find(victimId);
        List<SupportReferralView> referrals = SupportReferral.<SupportReferral>list(
                "victimId = ?1 order by referredOn, id", victimId).stream().map(SupportReferralView::of).toList();
        audit.recordRead(VictimAuditAction.READ_SUPPORT_REFERRALS, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
        return referrals;
    }

    @Transactional
    public SupportReferralView read(UUID victimId, UUID referralId) {
        Victim victim = victims.find(victimId);
        SupportReferral referral = SupportReferral.find("id = ?1 and victimId = ?2", referralId, victimId)
                .<SupportReferral>firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Support referral"));
        audit.recordRead(VictimAuditAction.READ_SUPPORT_REFERRALS, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
        return SupportReferralView.of(referral);
    }
}
