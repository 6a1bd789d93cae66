package uk.yos.prevention.decision;

/**
 * The outcomes the joint police and YOS decision-making panel can reach, recorded with its reasons. A youth caution
 * or a youth conditional caution opens a case in case-service; the others are recorded here only.
 */
public enum DecisionOutcome {
    NO_FURTHER_ACTION(false),
    COMMUNITY_RESOLUTION(false),
    OUTCOME_21(false),
    OUTCOME_22(false),
    YOUTH_CAUTION(true),
    YOUTH_CONDITIONAL_CAUTION(true),
    CHARGE(false);

    private final boolean opensCase;

    DecisionOutcome(boolean opensCase) {
        this.opensCase = opensCase;
    }

    /** A formal out-of-court outcome the YOS supervises as a case. */
    public boolean opensCase() {
        return opensCase;
    }

    /** Every outcome but "no further action" disposes of an offence, so needs a referral for one. */
    public boolean needsOffence() {
        return this != NO_FURTHER_ACTION;
    }
}
