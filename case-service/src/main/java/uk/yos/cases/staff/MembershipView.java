package uk.yos.cases.staff;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Membership", description = "A worker's membership of a team in one role")
public record MembershipView(
        UUID id,
        @Schema(maxLength = 40, example = "NORTH_OOC") String teamCode,
        TeamRole teamRole,
        LocalDate startDate,
        @Schema(description = "The last day in the team; absent while the membership is open") LocalDate endDate,
        @Schema(description = "The membership covers today") boolean activeToday) {

    static MembershipView of(StaffMembership m, LocalDate today) {
        return new MembershipView(m.id, m.teamCode, m.teamRole, m.startDate, m.endDate, m.isActiveOn(today));
    }
}
