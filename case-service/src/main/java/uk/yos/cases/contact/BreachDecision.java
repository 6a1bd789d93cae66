package uk.yos.cases.contact;

/** An operations manager's decision on a case flagged for breach consideration. */
public enum BreachDecision {
    /** The case goes back to court (or the panel) for breach. */
    BREACH_PROCEEDINGS,
    FURTHER_WARNING_ONLY,
    NO_ACTION
}
