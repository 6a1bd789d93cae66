package uk.yos.cases.staff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffMember", description = "A YOS worker in the staff register, with every team membership")
public record StaffMemberView(
        UUID id,
        @Schema(description = "The worker's Keycloak user id (the token subject); allocations name it as workerId",
                maxLength = 64) String subject,
        @Schema(maxLength = 200) String displayName,
        @Schema(description = StaffRules.FTE_DESCRIPTION, minimum = "0.1", maximum = "1.0") BigDecimal fte,
        @Schema(description = "Oldest first, ended ones included", maxItems = StaffRules.MAX_MEMBERSHIPS)
        List<MembershipView> memberships,
        Instant createdAt,
        Instant updatedAt) {

    static StaffMemberView of(StaffMember s, LocalDate today) {
        return new StaffMemberView(s.id, s.subject, s.displayName, s.fte,
                s.memberships.stream().map(m -> MembershipView.of(m, today)).toList(), s.createdAt, s.updatedAt);
    }
}
