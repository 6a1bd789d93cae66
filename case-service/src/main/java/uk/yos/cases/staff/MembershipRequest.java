package uk.yos.cases.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipRequest", description = "A worker joins a team in one role")
public record MembershipRequest(
        @Schema(example = "NORTH_OOC", maxLength = 40) @NotBlank @Size(max = 40) String teamCode,
        @Schema(example = "CASE_MANAGER") @NotNull TeamRole teamRole,
        @Schema(description = "The first day in the team", example = "2026-06-01") @NotNull LocalDate startDate,
        @Schema(description = "The last day in the team, when already known (a fixed term)", example = "2027-05-31")
        LocalDate endDate) {
}
