package uk.yos.referralorders.panel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelSummary", description = "A panel as lists show it")
public record PanelSummaryView(
        UUID id,
        UUID referralOrderId,
        UUID caseId,
        UUID youngPersonId,
        PanelType type,
        PanelStatus status,
        LocalDateTime scheduledFor,
        @Schema(maxLength = 200) String location,
        LocalDate heldOn,
        Attendance attendance,
        PanelDecision decision) {

    static PanelSummaryView of(Panel p) {
        return new PanelSummaryView(p.id, p.referralOrderId, p.caseId, p.youngPersonId, p.type, p.status,
                p.scheduledFor, p.location, p.heldOn, p.attendance, p.decision);
    }
}
