package uk.yos.common.audit;

public enum AuditOutcome {
    /** The action happened (a change was committed, or a record was shown). */
    SUCCESS,
    /** The caller asked for a record they may not see, and was told it does not exist. */
    DENIED
}
