package uk.yos.cases.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.work.DueStatus;

@Schema(name = "Transition", description = "A court-order case's transition to adult services: the child is "
        + "identified at 17 years 6 months, and a transition plan is due by then")
public record TransitionView(
        UUID caseId,
        @Schema(description = "Whether the case is a court order, for which transition applies") boolean applies,
        @Schema(description = "The day the child is 17 years 6 months old") LocalDate transitionDate,
        @Schema(description = "DUE, OVERDUE or DONE (a transition plan exists); absent when transition does not apply")
        DueStatus status,
        UUID transitionPlanId) {
}
