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
        @Schema(description = "An ACTIVE order's review (progress) panel, on the schedule the contract set: due every "
                + "3 months (as configured) after the contract date, until the final panel. A review counts for the "
                + "period it met in (after the previous due date, on or before its own), so holding one early or late "
                + "does not move the dates after it: HELD once a review met with the child in the current period; "
                + "OVERDUE, with the last period's date, while no review has met since the period before it; left "
                + "out before the contract, once no review is due before the final panel, and once the order has "
                + "ended") PanelDue nextReviewPanel,
        @Schema(description = "An ACTIVE order's final panel: due 10 working days (as configured) before the end "
                + "date, so an extension moves it; HELD once a FINAL panel met with the child; left out before the "
                + "contract and once the order has ended") PanelDue finalPanel,
        @Schema(description = "true when the child has missed 2 of the order's appointments (missedAppointments) in "
                + "the last 12 months, as configured, and the order has not ended: its review panel is to consider "
                + "breach") boolean breachConsideration,
        @Schema(description = "victim-service ids of the victims of the order's offences, as the coordinator "
                + "recorded them (no names); a volunteer who declared a conflict with one may not sit on its panels",
                maxItems = 20) List<UUID> victimIds,
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

    /** What the order's panels and missed appointments add to it, worked out when it is read. */
    record Panels(PanelDue nextReview, PanelDue finalPanel, boolean breachConsideration) {
    }

    static ReferralOrderView of(ReferralOrder o, LocalDate today, LocalDate revocationRequestAllowedFrom,
            Panels panels) {
        return new ReferralOrderView(o.id, o.caseId, o.youngPersonId, o.owningTeamCode, o.sentenceDate, o.courtName,
                o.lengthMonths, o.extensionMonths, o.status, o.initialPanelDueDate, o.initialPanelHeldOn,
                o.initialPanelMet(today), o.contractAgreedOn, o.startDate, o.endDate, o.closedOn,
                revocationRequestAllowedFrom, panels.nextReview(), panels.finalPanel(),
                panels.breachConsideration(), o.victimIds.stream().sorted().toList(),
                o.extensions.stream().map(e -> new ExtensionView(e.id, e.months, e.grantedOn, e.reason)).toList(),
                o.revocationRequests.stream().map(r -> new RevocationRequestView(r.id, r.requestedOn, r.reason,
                        r.status, r.decidedOn, r.decisionNote)).toList(),
                o.missedAppointments.stream().map(m -> new MissedAppointmentView(m.id, m.missedOn, m.kind, m.panelId,
                        m.note)).toList(),
                o.createdAt, o.updatedAt);
    }
}
