package uk.yos.referralorders.panel;

public enum PanelDecision {
    /**
     * A contract was agreed (terms required). At the INITIAL panel it starts the order; at a REVIEW or EXTENSION
     * panel it varies the contract.
     */
    CONTRACT_AGREED,
    /** A review or extension panel looked at progress; the contract stands. */
    PROGRESS_REVIEWED,
    /** The panel will meet again (e.g. the child did not attend). */
    ADJOURNED,
    /** The child is referred back to court; the order's status follows. */
    REFERRED_BACK_TO_COURT,
    /** The final panel found the contract completed; the order is COMPLETED. */
    ORDER_COMPLETED
}
