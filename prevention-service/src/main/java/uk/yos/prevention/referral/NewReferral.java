package uk.yos.prevention.referral;

import java.util.UUID;

import uk.yos.common.concurrency.Versioned;

/**
 * A new referral as its maker may see it: a prevention worker gets the whole referral and its version, a police
 * referrer only its status.
 */
public record NewReferral(UUID id, Versioned<PreventionReferralView> inFull, ReferralStatusView status) {

    static NewReferral inFull(Versioned<PreventionReferralView> referral) {
        return new NewReferral(referral.body().id(), referral, null);
    }

    static NewReferral statusOnly(ReferralStatusView status) {
        return new NewReferral(status.id(), null, status);
    }
}
