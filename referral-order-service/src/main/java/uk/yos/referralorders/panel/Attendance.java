package uk.yos.referralorders.panel;

/** Whether the child attended the panel. */
public enum Attendance {
    ATTENDED,
    DID_NOT_ATTEND
}
