package uk.yos.cases.work;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkItem", description = "A piece of work a case is due for: an assessment, a sign-off, a risk panel, "
        + "a screening, a plan or a breach consideration")
public record WorkItemView(
        UUID id,
        UUID caseId,
        UUID youngPersonId,
        @Schema(maxLength = 40) String teamCode,
        WorkKind kind,
        @Schema(description = "The record the work is about (the assessment, screening, panel, plan or breach "
                + "consideration)") UUID sourceId,
        DueStatus status,
        LocalDate dueDate,
        LocalDate completedOn,
        @Schema(description = "Done by its due date; absent until done") Boolean onTime) {

    static WorkItemView of(WorkItem w, LocalDate today) {
        return new WorkItemView(w.id, w.caseId, w.youngPersonId, w.teamCode, w.kind, w.sourceId,
                DueStatus.of(w.dueDate, w.completedOn, today), w.dueDate, w.completedOn, w.onTime());
    }
}
