package uk.yos.cases.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EndMembershipRequest")
public record EndMembershipRequest(
        @Schema(description = "The worker's last day in the team (it may be ahead, for a known leaving date)",
                example = "2026-07-31") @NotNull LocalDate endDate) {
}
