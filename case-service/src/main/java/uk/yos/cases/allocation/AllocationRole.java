package uk.yos.cases.allocation;

/** The roles a worker can hold on a case; each has at most one current holder. */
public enum AllocationRole {
    PRIMARY_CASE_MANAGER,
    SECONDARY_WORKER,
    VICTIM_RJ_WORKER,
    HEALTH,
    EDUCATION_TRAINING_EMPLOYMENT,
    ACCOMMODATION
}
