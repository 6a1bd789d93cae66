package uk.yos.referralorders.order;

/** Where a due panel stands. */
public enum PanelDueStatus {
    /** Not held yet, and the due date has not passed. */
    DUE,
    /** Not held, and the due date has passed. */
    OVERDUE,
    /** A panel of this type met (with the child) for this due date. */
    HELD
}
