package uk.yos.prevention.referral;

/** Where a referral is: each stage is recorded once it happens; a closed referral changes no more. */
public enum ReferralStatus {
    /** Received, not yet triaged. */
    RECEIVED,
    /** Triage and assessment recorded; awaiting the joint decision (or voluntary work under way). */
    TRIAGED,
    /** The joint decision is recorded (and, for a caution, the case opened in case-service). */
    DECIDED,
    CLOSED
}
