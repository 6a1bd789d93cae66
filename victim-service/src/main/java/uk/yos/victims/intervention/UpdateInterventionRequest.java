package uk.yos.victims.intervention;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateRjInterventionRequest", description = "An intervention's status and outcome, replacing the "
        + "recorded ones. PLANNED may move to any status, IN_PROGRESS to COMPLETED or WITHDRAWN; a finished "
        + "intervention keeps its status but its outcome and victimInformedOn can still be recorded.")
public record UpdateInterventionRequest(
        @Schema(example = "COMPLETED") @NotNull InterventionStatus status,
        @Schema(example = "2026-11-02") LocalDate plannedOn,
        @Schema(description = "Required for COMPLETED, only allowed with it", example = "2026-11-02")
        @PastOrPresent LocalDate completedOn,
        @Schema(description = "Required for COMPLETED", example = "Conference held; apology given and accepted",
                maxLength = 2000)
        @Size(max = 2000) String outcome,
        @Schema(description = "The date the victim was told the work had ended (COMPLETED or WITHDRAWN)",
                example = "2026-11-03")
        @PastOrPresent LocalDate victimInformedOn) {
}
