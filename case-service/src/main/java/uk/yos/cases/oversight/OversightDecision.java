package uk.yos.cases.oversight;

/** The manager's conclusion. */
public enum OversightDecision {
    AGREED,
    /** Agreed, with actions that must be done by their due dates. */
    AGREED_WITH_ACTIONS,
    NOT_AGREED;

    public boolean agrees() {
        return this != NOT_AGREED;
    }
}
