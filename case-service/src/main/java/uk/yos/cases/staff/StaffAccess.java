package uk.yos.cases.staff;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.security.Caller;
import uk.yos.web.security.Roles;

/**
 * Who may see and keep which part of the staff register. Admin and head of service see every worker; operations
 * managers and case managers the workers who are or were members of their own team (the token's {@code team}
 * claim), so a leaver stays visible to the manager who reallocates their cases. Admin keeps every team's members;
 * an operations manager only their own team's.
 */
@RequestScoped
public class StaffAccess {

    @Inject
    Caller caller;

    /** Whether the caller sees and keeps every worker. */
    boolean seesAll() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.HEAD_OF_SERVICE);
    }

    /** Workers the caller may see, as an HQL condition on the worker alias {@code s}. */
    String visible(String s, Map<String, Object> params) {
        if (seesAll()) {
            return "1 = 1";
        }
        return ownTeam().map(team -> {
            params.put("accessTeam", team);
            return "exists (select 1 from StaffMembership am where am.staffMember = " + s
                    + " and am.teamCode = :accessTeam)";
        }).orElse("1 = 0");
    }

    boolean canSee(StaffMember member) {
        return seesAll() || ownTeam().map(team -> member.memberships.stream()
                .anyMatch(m -> m.teamCode.equals(team))).orElse(false);
    }

    /** An operations manager may register workers into, and add or end memberships of, their own team only. */
    void requireKeeperOf(String teamCode) {
        if (caller.hasRole(Roles.ADMIN)) {
            return;
        }
        if (!ownTeam().map(teamCode::equals).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "You can keep the register of your own team only");
        }
    }

    /**
     * An operations manager may change the name and hours of a worker who is in their team today or will be (not
     * one who has left it).
     */
    void requireKeeperOfWorker(StaffMember member, LocalDate today) {
        if (caller.hasRole(Roles.ADMIN)) {
            return;
        }
        boolean inOwnTeam = ownTeam().map(team -> member.memberships.stream().anyMatch(
                m -> m.teamCode.equals(team) && (m.endDate == null || !m.endDate.isBefore(today)))).orElse(false);
        if (!inOwnTeam) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "You can change only workers who are members of your own team");
        }
    }

    private Optional<String> ownTeam() {
        return caller.team();
    }
}
