package uk.yos.referralorders.order;

public enum RevocationStatus {
    /** Made, awaiting the court's decision. At most one per order. */
    PENDING,
    /** The court revoked the order. */
    GRANTED,
    /** The court refused: no new request until the waiting period after this decision has passed. */
    REFUSED,
    /** The order ended another way while the request was pending. */
    WITHDRAWN
}
