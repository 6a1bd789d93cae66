package uk.yos.devstack.seed;

/** A referral-order case written to case-service, for referral-order-service's order on it. */
record OrderCase(byte[] caseId, SeededChild child, String teamCode, OrderTimeline timeline) {
}
