package uk.yos.cases.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BreachDecisionRequest", description = "An operations manager's decision on the case's outstanding "
        + "breach consideration, with the reason for it")
public record BreachDecisionRequest(
        @Schema(example = "FURTHER_WARNING_ONLY") @NotNull BreachDecision decision,
        @Schema(example = "Missed sessions followed a family bereavement; re-engaged this week", maxLength = 2000)
        @NotBlank @Size(max = 2000) String reason) {
}
