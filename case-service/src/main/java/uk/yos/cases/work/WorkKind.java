package uk.yos.cases.work;

/** The kinds of work a case falls due for, as the "what is due" lists and the performance reports count them. */
public enum WorkKind {
    START_ASSESSMENT,
    REVIEW_ASSESSMENT,
    END_OF_ORDER_ASSESSMENT,
    /** A manager's sign-off of changed or high ratings. */
    RATINGS_SIGN_OFF,
    RISK_PANEL,
    GANG_SCREENING,
    CSE_SCREENING,
    CONTINGENCY_PLAN,
    PLAN_REVIEW,
    TRANSITION_PLAN,
    /** An operations manager's decision on a case whose warnings for unacceptable absences reached the threshold. */
    BREACH_CONSIDERATION
}
