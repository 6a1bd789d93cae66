package uk.yos.cases.staff;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipEnding", description = "An ended membership, and what its end leaves to reallocate")
public record MembershipEnding(
        UUID staffMemberId,
        MembershipView membership,
        @Schema(description = "The worker's current allocations on the team's open cases: list them with "
                + "GET /api/v1/staff/{id}/caseload?teamCode=<the team> and reallocate each", minimum = "0",
                maximum = "1000000") long allocationsToReallocate) {
}
