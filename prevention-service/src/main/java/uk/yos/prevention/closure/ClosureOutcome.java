package uk.yos.prevention.closure;

/** How a referral ended. */
public enum ClosureOutcome {
    /** The child took part in voluntary prevention or diversion work and completed it. */
    ENGAGED_AND_COMPLETED,
    /** The child or family declined voluntary work. */
    DECLINED,
    NO_FURTHER_ACTION,
    /** The decision opened a case in case-service, which carries the work on. */
    CASE_OPENED,
    /** Moved to another YOS or service. */
    TRANSFERRED,
    /** Anything else; the notes say what. */
    OTHER
}
