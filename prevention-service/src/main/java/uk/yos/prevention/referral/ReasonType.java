package uk.yos.prevention.referral;

/** Why the child was referred. */
public enum ReasonType {
    /** An offence, with an out-of-court outcome being considered: a diversion referral. */
    OFFENCE,
    /** A risk to or from the child, with no offence to decide on: a prevention referral. */
    RISK
}
