package uk.yos.cases.caserecord;

public enum ClosureReason {
    COMPLETED,
    REVOKED_EARLY,
    BREACH_RESENTENCED,
    TRANSFERRED_TO_PROBATION,
    TRANSFERRED_TO_ANOTHER_YOS,
    NO_FURTHER_ACTION,
    DIED,
    OTHER
}
