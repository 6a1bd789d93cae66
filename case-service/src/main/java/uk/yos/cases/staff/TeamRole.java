package uk.yos.cases.staff;

/** What a worker does in a team: the roles of the staff register, of which the allocation rules ask one. */
public enum TeamRole {
    CASE_MANAGER,
    OPERATIONS_MANAGER,
    VICTIM_RJ,
    HEALTH,
    ETE,
    ACCOMMODATION,
    PANEL_ADVISOR
}
