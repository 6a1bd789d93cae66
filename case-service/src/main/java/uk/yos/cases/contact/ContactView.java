package uk.yos.cases.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", description = "An appointment with the child and, once its time has passed, its outcome")
public record ContactView(
        UUID id,
        UUID caseId,
        ContactKind kind,
        @Schema(description = "England and Wales local time") LocalDateTime plannedAt,
        @Schema(maxLength = 200) String place,
        @Schema(maxLength = 64) String workerId,
        @Schema(maxLength = 200) String workerName,
        @Schema(description = "Absent until recorded") ContactOutcome outcome,
        @Schema(maxLength = 1000) String outcomeReason,
        LocalDate outcomeRecordedOn,
        @Schema(maxLength = 255) String outcomeRecordedBy,
        @Schema(description = "The warning an UNACCEPTABLE_ABSENCE gave; absent otherwise") WarningView warning) {

    static ContactView of(Contact c, ContactWarning warning) {
        return new ContactView(c.id, c.caseId, c.kind, c.plannedAt, c.place, c.workerId, c.workerName, c.outcome,
                c.outcomeReason, c.outcomeRecordedOn, c.outcomeRecordedBy,
                warning == null ? null : WarningView.of(warning));
    }
}
