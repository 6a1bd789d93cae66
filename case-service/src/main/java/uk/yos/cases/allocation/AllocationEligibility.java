package uk.yos.cases.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import uk.yos.cases.staff.StaffMember;
import uk.yos.cases.staff.StaffMembership;
import uk.yos.common.problem.ProblemException;

/**
 * Who may be allocated: a worker in the staff register who, on the allocation's start date, is a member of the
 * case's owning team in a team role that fits the allocation role ({@link AllocationRole#teamRoles}). A refusal is a
 * 422 naming the request's field and the reason; it is checked before anything is written.
 */
@ApplicationScoped
public class AllocationEligibility {

    /** The registered worker, if they may hold {@code role} on a case of {@code teamCode} from {@code on}. */
    public StaffMember requireEligible(String workerId, String teamCode, AllocationRole role, LocalDate on,
            String field) {
        StaffMember worker = StaffMember.findBySubject(workerId)
                .orElseThrow(() -> ProblemException.unprocessable(field, "is not in the staff register"));
        List<StaffMembership> inTeam = worker.memberships.stream()
                .filter(m -> m.teamCode.equals(teamCode) && m.isActiveOn(on)).toList();
        if (inTeam.isEmpty()) {
            throw ProblemException.unprocessable(field, "is not a member of the case's team " + teamCode + " on "
                    + on);
        }
        if (inTeam.stream().noneMatch(m -> role.teamRoles().contains(m.teamRole))) {
            throw ProblemException.unprocessable(field, "is a member of " + teamCode + " on " + on + " as "
                    + names(inTeam.stream().map(m -> m.teamRole)) + ", and a " + role + " allocation needs "
                    + names(role.teamRoles().stream()));
        }
        return worker;
    }

    private static String names(java.util.stream.Stream<? extends Enum<?>> values) {
        return values.map(Enum::name).sorted().collect(Collectors.joining(" or "));
    }
}
