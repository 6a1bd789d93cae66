package uk.yos.cases.riskpanel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.work.DueStatus;

@Schema(name = "RiskPanel", description = "A Risk, Safety and Wellbeing panel: DUE, OVERDUE (due and not held) or "
        + "DONE (held)")
public record RiskPanelView(
        UUID id,
        UUID caseId,
        @Schema(description = "The assessment whose high or very high ratings called for it") UUID assessmentId,
        DueStatus status,
        LocalDate dueDate,
        LocalDate heldOn,
        @Schema(maxItems = 20) List<@Size(max = 200) String> agencies,
        @Schema(maxLength = 4000) String decisions,
        @Schema(maxItems = 20) List<ActionView> actions,
        LocalDate nextReviewDate) {

    static RiskPanelView of(RiskPanel p, LocalDate today) {
        return new RiskPanelView(p.id, p.caseId, p.assessmentId, DueStatus.of(p.dueDate, p.heldOn, today), p.dueDate,
                p.heldOn, List.copyOf(p.agencies), p.decisions,
                p.actions.stream().map(a -> new ActionView(a.description, a.owner, a.dueDate)).toList(),
                p.nextReviewDate);
    }

    @Schema(name = "RiskPanelAction", description = "An action the panel agreed")
    public record ActionView(@Schema(maxLength = 500) String description, @Schema(maxLength = 200) String owner,
            LocalDate dueDate) {
    }
}
