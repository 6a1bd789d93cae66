package uk.yos.cases.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewPlanRequest", description = "A case's first plan of a kind")
public record NewPlanRequest(
        @Schema(example = "CONTINGENCY") @NotNull PlanKind kind,
        @NotNull @Valid PlanRequest plan) {
}
