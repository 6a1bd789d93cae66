package uk.yos.referralorders.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.referralorders.volunteer.Volunteer;

@Schema(name = "Panel", description = "A youth offender panel with its members, outcome and debrief")
public record PanelView(
        UUID id,
        UUID referralOrderId,
        UUID caseId,
        UUID youngPersonId,
        PanelType type,
        PanelStatus status,
        @Schema(description = "England and Wales local time") LocalDateTime scheduledFor,
        @Schema(maxLength = 200) String location,
        @Schema(maxItems = 5) List<AdvisorRequest> advisors,
        @Schema(maxItems = 6) List<MemberView> volunteers,
        LocalDate heldOn,
        Attendance attendance,
        PanelDecision decision,
        @Schema(maxItems = 30) List<@Size(max = 500) String> contractTerms,
        @Schema(maxLength = 2000) String outcomeNotes,
        LocalDate debriefedOn,
        @Schema(maxLength = 2000) String debriefNotes,
        LocalDate cancelledOn,
        @Schema(maxLength = 500) String cancellationReason,
        @Schema(description = "A SCHEDULED REVIEW panel only: true when the child has missed enough of the order's "
                + "appointments lately (2 in the last 12 months, as configured) for the panel to consider breach")
        Boolean breachConsideration,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "PanelVolunteer", description = "A volunteer sitting on the panel")
    public record MemberView(UUID volunteerId, @Schema(maxLength = 100) String givenName,
            @Schema(maxLength = 100) String familyName, boolean chair) {
    }

    static PanelView of(Panel p, Map<UUID, Volunteer> volunteers, Boolean breachConsideration) {
        return new PanelView(p.id, p.referralOrderId, p.caseId, p.youngPersonId, p.type, p.status, p.scheduledFor,
                p.location, p.advisors.stream().map(AdvisorRequest::of).toList(),
                // The chair first (a stable sort: the others keep the order they joined in, as when read back).
                p.members.stream().sorted(Comparator.comparing((PanelMember m) -> !m.chair)).map(m -> {
                    Volunteer v = volunteers.get(m.volunteerId);
                    return new MemberView(m.volunteerId, v == null ? null : v.givenName,
                            v == null ? null : v.familyName, m.chair);
                }).toList(),
                p.heldOn, p.attendance, p.decision, List.copyOf(p.contractTerms), p.outcomeNotes, p.debriefedOn,
                p.debriefNotes, p.cancelledOn, p.cancellationReason, breachConsideration, p.createdAt, p.updatedAt);
    }
}
