package uk.yos.cases.screening;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.work.DueStatus;

@Schema(name = "Screening", description = "A screening of a case: due (gang and CSE, for the case types the area "
        + "names) or recorded when done")
public record ScreeningView(
        UUID id,
        UUID caseId,
        ScreeningKind kind,
        DueStatus status,
        @Schema(description = "Absent for a screening recorded without one being due") LocalDate dueDate,
        LocalDate completedOn,
        @Schema(description = "Whether it was completed by its due date; absent until completed or when none was due")
        Boolean onTime,
        ScreeningOutcome outcome,
        ScreeningReferral referral,
        LocalDate referralMadeOn,
        @Schema(maxLength = 2000) String notes,
        @Schema(maxLength = 255) String completedBy) {

    static ScreeningView of(Screening s, LocalDate today) {
        return new ScreeningView(s.id, s.caseId, s.kind, DueStatus.of(s.dueDate, s.completedOn, today), s.dueDate,
                s.completedOn, s.dueDate == null || s.completedOn == null ? null : !s.completedOn.isAfter(s.dueDate),
                s.outcome, s.referral, s.referralMadeOn, s.notes, s.completedBy);
    }
}
