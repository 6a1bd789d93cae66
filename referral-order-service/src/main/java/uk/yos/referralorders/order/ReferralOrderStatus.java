package uk.yos.referralorders.order;

/** Where a referral order is in its life. */
public enum ReferralOrderStatus {
    /** Sentenced; the initial panel has not agreed a contract yet. */
    AWAITING_CONTRACT,
    /** A contract was agreed: the order runs from that date to its end date. */
    ACTIVE,
    /** The final panel found the contract completed. */
    COMPLETED,
    /** The court granted a revocation request. */
    REVOKED,
    /** A panel referred the child back to court. */
    REFERRED_BACK_TO_COURT;

    public boolean isClosed() {
        return this == COMPLETED || this == REVOKED || this == REFERRED_BACK_TO_COURT;
    }
}
