package uk.yos.cases.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Oversight", description = "A manager's recorded review of part of a case")
public record OversightView(
        UUID id,
        UUID caseId,
        Reviewed reviewed,
        UUID assessmentId,
        OversightDecision decision,
        @Schema(maxLength = 4000) String comments,
        LocalDate reviewedOn,
        @Schema(maxLength = 255) String recordedBy,
        Instant recordedAt,
        @Schema(maxItems = 20) List<ActionView> actions) {

    static OversightView of(OversightRecord r) {
        return new OversightView(r.id, r.caseId, r.reviewed, r.assessmentId, r.decision, r.comments, r.reviewedOn,
                r.createdBy, r.createdAt, r.actions.stream().map(ActionView::of).toList());
    }

    @Schema(name = "OversightAction", description = "An action set by the manager, due by a date")
    public record ActionView(UUID id, @Schema(maxLength = 500) String description, LocalDate dueDate) {

        static ActionView of(OversightAction a) {
            return new ActionView(a.id, a.description, a.dueDate);
        }
    }
}
