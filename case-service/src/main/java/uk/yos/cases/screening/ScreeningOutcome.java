package uk.yos.cases.screening;

public enum ScreeningOutcome {
    NO_CONCERNS,
    /** Concerns found now: a referral must be made and recorded. */
    CONCERNS_IDENTIFIED,
    /** Concerns already known to the YOS or partners. */
    ALREADY_KNOWN
}
