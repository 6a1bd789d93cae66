package uk.yos.victims.intervention;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateRjInterventionRequest", description = "Plan RJ work with a victim who was offered RJ and "
        + "consents to contact")
public record CreateInterventionRequest(
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d50") @NotNull UUID victimId,
        @Schema(example = "DIRECT_CONFERENCE") @NotNull InterventionType type,
        @Schema(description = "When it is planned to take place", example = "2026-11-02") LocalDate plannedOn) {
}
