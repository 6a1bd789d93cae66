package uk.yos.cases.allocation;

import java.util.Set;

import uk.yos.cases.staff.TeamRole;

/**
 * The roles a worker can hold on a case; each has at most one current holder. Each needs the worker to be a member
 * of the case's team in one of its team roles: operations managers hold cases too (a team manager often carries a
 * few, and covers a case manager's), so either case-holding role accepts them.
 */
public enum AllocationRole {
    PRIMARY_CASE_MANAGER(TeamRole.CASE_MANAGER, TeamRole.OPERATIONS_MANAGER),
    SECONDARY_WORKER(TeamRole.CASE_MANAGER, TeamRole.OPERATIONS_MANAGER),
    VICTIM_RJ_WORKER(TeamRole.VICTIM_RJ),
    HEALTH(TeamRole.HEALTH),
    EDUCATION_TRAINING_EMPLOYMENT(TeamRole.ETE),
    ACCOMMODATION(TeamRole.ACCOMMODATION);

    private final Set<TeamRole> teamRoles;

    AllocationRole(TeamRole... teamRoles) {
        this.teamRoles = Set.of(teamRoles);
    }

    /** The team roles whose members may hold this role on a case. */
    public Set<TeamRole> teamRoles() {
        return teamRoles;
    }
}
