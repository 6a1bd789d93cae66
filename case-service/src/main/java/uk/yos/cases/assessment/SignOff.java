package uk.yos.cases.assessment;

/** Whether a completed assessment's ratings wait for an operations manager before they take effect. */
public enum SignOff {
    /** The ratings took effect on completion. */
    NOT_NEEDED,
    /** A ROSH or safety-and-wellbeing rating changed, or is high or very high: a manager must agree first. */
    OUTSTANDING,
    /** A manager agreed; the ratings took effect on that day. */
    AGREED
}
