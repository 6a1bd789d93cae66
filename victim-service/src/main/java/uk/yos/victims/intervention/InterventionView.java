package uk.yos.victims.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RJ intervention as rj-worker and head-of-service read it. A victim's personal data is for the RJ team only, so
 * the head of service may not see it: this view refers to the victim by id only and must never carry their name,
 * address, phone, email or date of birth.
 */
@Schema(name = "RjIntervention")
public record InterventionView(
        UUID id,
        UUID victimId,
        UUID caseId,
        InterventionType type,
        InterventionStatus status,
        LocalDate plannedOn,
        LocalDate completedOn,
        @Schema(maxLength = 2000) String outcome,
        LocalDate victimInformedOn,
        Instant createdAt,
        Instant updatedAt) {

    static InterventionView of(RjIntervention i) {
        return new InterventionView(i.id, i.victimId, i.caseId, i.type, i.status, i.plannedOn, i.completedOn,
                i.outcome, i.victimInformedOn, i.createdAt, i.updatedAt);
    }
}
