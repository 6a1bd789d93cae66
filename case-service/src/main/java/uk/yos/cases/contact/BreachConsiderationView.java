package uk.yos.cases.contact;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.work.DueStatus;

@Schema(name = "BreachConsideration", description = "A case flagged for an operations manager to consider breach "
        + "when its warnings reached the configured number within the window, and the decision made")
public record BreachConsiderationView(
        UUID id,
        UUID caseId,
        @Schema(description = "The date of the warning that reached the threshold") LocalDate raisedOn,
        LocalDate dueDate,
        DueStatus status,
        @Schema(description = "Absent until decided") BreachDecision decision,
        @Schema(maxLength = 2000) String reason,
        LocalDate decidedOn,
        @Schema(maxLength = 255) String decidedBy) {

    static BreachConsiderationView of(BreachConsideration b, LocalDate today) {
        return new BreachConsiderationView(b.id, b.caseId, b.raisedOn, b.dueDate,
                DueStatus.of(b.dueDate, b.decidedOn, today), b.decision, b.reason, b.decidedOn, b.decidedBy);
    }
}
