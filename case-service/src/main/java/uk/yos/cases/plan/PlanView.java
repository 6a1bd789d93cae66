package uk.yos.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan", description = "A plan at one version: the current one, or a superseded one kept as it was")
public record PlanView(
        UUID id,
        UUID caseId,
        PlanKind kind,
        @Schema(description = "This version's number, from 1", minimum = "1", maximum = "2147483647") int number,
        @Schema(description = "Whether this is the plan's current version") boolean current,
        @Schema(maxLength = 4000) String content,
        LocalDate recordedOn,
        LocalDate reviewDate,
        @Schema(maxItems = 30) List<InterventionView> interventions,
        @Schema(maxLength = 200) String receivingService,
        LocalDate transferDate,
        @Schema(maxLength = 255) String recordedBy,
        Instant recordedAt) {

    static PlanView of(Plan plan, PlanVersion v) {
        return new PlanView(plan.id, plan.caseId, plan.kind, v.number, v.number == plan.currentNumber, v.content,
                v.recordedOn, v.reviewDate, v.interventions.stream()
                        .map(i -> new InterventionView(i.description, i.deliveredBy, i.targetDate)).toList(),
                v.receivingService, v.transferDate, v.recordedBy, v.recordedAt);
    }

    @Schema(name = "PlannedIntervention", description = "An intervention: what, who delivers it, by when")
    public record InterventionView(@Schema(maxLength = 500) String description,
            @Schema(maxLength = 200) String deliveredBy, LocalDate targetDate) {
    }
}
