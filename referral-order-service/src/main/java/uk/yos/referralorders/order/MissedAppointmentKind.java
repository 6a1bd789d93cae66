package uk.yos.referralorders.order;

public enum MissedAppointmentKind {
    /** A youth offender panel meeting. */
    PANEL,
    /** A contract intervention or supervision session. */
    INTERVENTION,
    /** A reparation session. */
    REPARATION,
    OTHER
}
