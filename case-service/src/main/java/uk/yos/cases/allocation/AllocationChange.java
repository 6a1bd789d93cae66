package uk.yos.cases.allocation;

/** An allocation that changed, and the version its case moved to (the client's next If-Match). */
public record AllocationChange(Allocation allocation, long caseVersion) {
}
