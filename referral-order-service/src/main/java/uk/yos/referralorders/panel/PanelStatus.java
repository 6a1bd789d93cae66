package uk.yos.referralorders.panel;

public enum PanelStatus {
    SCHEDULED,
    /** The outcome is recorded. */
    HELD,
    CANCELLED
}
