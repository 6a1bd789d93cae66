package uk.yos.referralorders.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralOrder", description = "A referral order with its deadlines, extensions, revocation requests "
        + "and missed appointments")
public record ReferralOrderView(
        UUID id,
        UUID caseId,
        UUID youngPersonId,
        @Schema(maxLength = 40) String owningTeamCode,
        LocalDate sentenceDate,
        @Schema(maxLength = 200) String court,
        @Schema(description = "As sentenced", minimum = "1", maximum = "36") int lengthMonths,
        @Schema(description = "All extensions together", minimum = "0", maximum = "36") int extensionMonths,
        ReferralOrderStatus status,
        @Schema(description = "The sentence date plus 20 working days (England and Wales bank holidays excluded)")
        LocalDate initialPanelDueDate,
        @Schema(description = "When the first initial panel the child attended met") LocalDate initialPanelHeldOn,
        @Schema(description = "Whether the initial panel met by its due date: null while it is to come and not yet due, "
                + "false once overdue") Boolean initialPanelMet,
        LocalDate contractAgreedOn,
        @Schema(description = "The contract date: the order runs from it") LocalDate startDate,
        @Schema(description = "startDate plus lengthMonths plus extensionMonths") LocalDate endDate,
        @Schema(description = "When the order was completed, revoked or referred back to court") LocalDate closedOn,
        @Schema(description = "The first date a new revocation request may be made, after a refusal")
        LocalDate revocationRequestAllowedFrom,
        @Schema(description = "Each adds at least a month, and extensionMonths is at most 36", maxItems = 36)
        List<ExtensionView> extensions,
        List<RevocationRequestView> revocationRequests,
        List<MissedAppointmentView> missedAppointments,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "OrderExtension")
    public record ExtensionView(UUID id, @Schema(minimum = "1", maximum = "12") int months, LocalDate grantedOn, @Schema(maxLength = 500) String reason) {
    }

    @Schema(name = "RevocationRequest")
    public record RevocationRequestView(UUID id, LocalDate requestedOn, @Schema(maxLength = 500) String reason,
            RevocationStatus status, LocalDate decidedOn, @Schema(maxLength = 500) String decisionNote) {
    }

    @Schema(name = "MissedAppointment")
    public record MissedAppointmentView(UUID id, LocalDate missedOn, MissedAppointmentKind kind, UUID panelId,
            @Schema(maxLength = 500) String note) {
    }

    static ReferralOrderView of(ReferralOrder o, LocalDate today, LocalDate revocationRequestAllowedFrom) {
        return new ReferralOrderView(o.id, o.caseId, o.youngPersonId, o.owningTeamCode, o.sentenceDate, o.courtName,
                o.lengthMonths, o.extensionMonths, o.status, o.initialPanelDueDate, o.initialPanelHeldOn,
                o.initialPanelMet(today), o.contractAgreedOn, o.startDate, o.endDate, o.closedOn,
                revocationRequestAllowedFrom,
                o.extensions.stream().map(e -> new ExtensionView(e.id, e.months, e.grantedOn, e.reason)).toList(),
                o.revocationRequests.stream().map(r -> new RevocationRequestView(r.id, r.requestedOn, r.reason,
                        r.status, r.decidedOn, r.decisionNote)).toList(),
                o.missedAppointments.stream().map(m -> new MissedAppointmentView(m.id, m.missedOn, m.kind, m.panelId,
                        m.note)).toList(),
                o.createdAt, o.updatedAt);
    }
}
