package uk.yos.cases.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanRequest", description = "A plan's content: a new plan, or a new version of one. An INTERVENTION "
        + "plan needs at least one intervention; a TRANSITION plan names the receiving service and the transfer date.")
public record PlanRequest(
        @Schema(description = "INTERVENTION: the objectives; CONTINGENCY: the signs of rising risk and what will be "
                + "done; TRANSITION: the arrangements", example = "Stay in education; avoid the peers involved in the "
                + "offence; repair harm to the victim", maxLength = 4000) @NotBlank @Size(max = 4000) String content,
        @Schema(description = "The day the plan is made or reviewed", example = "2026-06-15")
        @NotNull @PastOrPresent LocalDate recordedOn,
        @Schema(description = "When it is next reviewed", example = "2026-09-15") @NotNull LocalDate reviewDate,
        @Schema(maxItems = 30) @Size(max = 30) List<@Valid @NotNull InterventionRequest> interventions,
        @Schema(description = "TRANSITION only: the adult service taking the child on", example = "Probation Service "
                + "(Northamptonshire)", maxLength = 200) @Size(max = 200) String receivingService,
        @Schema(description = "TRANSITION only: the planned transfer date", example = "2027-02-01")
        LocalDate transferDate) {

    @Schema(name = "PlannedInterventionRequest", description = "An intervention: what, who delivers it, by when")
    public record InterventionRequest(
            @Schema(example = "Victim awareness sessions", maxLength = 500) @NotBlank @Size(max = 500)
            String description,
            @Schema(example = "Case manager", maxLength = 200) @NotBlank @Size(max = 200) String deliveredBy,
            @Schema(example = "2026-08-31") @NotNull LocalDate targetDate) {
    }
}
