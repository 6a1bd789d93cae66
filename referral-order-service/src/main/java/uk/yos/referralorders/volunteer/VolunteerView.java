package uk.yos.referralorders.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Volunteer", description = "A community panel volunteer with vetting, training, conflicts and availability")
public record VolunteerView(
        UUID id,
        @Schema(maxLength = 100) String givenName,
        @Schema(maxLength = 100) String familyName,
        @Schema(maxLength = 254) String email,
        @Schema(maxLength = 30) String phone,
        boolean representative,
        boolean mentor,
        VolunteerStatus status,
        @Schema(description = "The linked Keycloak account id", maxLength = 64) String userSubject,
        LocalDate dbsCheckedOn,
        LocalDate dbsExpiresOn,
        @Schema(description = "The DBS check is valid today") boolean dbsValid,
        @Schema(description = "Has CHAIR training, so may chair a panel") boolean chairTrained,
        List<TrainingView> training,
        List<ConflictView> conflicts,
        @Schema(maxItems = 21) List<AvailabilitySlotDto> availability,
        @Schema(maxLength = 500) String availabilityNote,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "TrainingRecord")
    public record TrainingView(UUID id, TrainingKind kind, LocalDate completedOn,
            @Schema(maxLength = 200) String provider) {
    }

    @Schema(name = "ConflictOfInterest")
    public record ConflictView(UUID id, ConflictKind kind, UUID youngPersonId, UUID victimId, LocalDate declaredOn,
            @Schema(maxLength = 500) String note) {
    }

    static VolunteerView of(Volunteer v, LocalDate today) {
        return new VolunteerView(v.id, v.givenName, v.familyName, v.email, v.phone, v.representative, v.mentor,
                v.status, v.userSubject, v.dbsCheckedOn, v.dbsExpiresOn, v.dbsValidOn(today),
                v.hasTraining(TrainingKind.CHAIR),
                v.training.stream().map(t -> new TrainingView(t.id, t.kind, t.completedOn, t.provider)).toList(),
                v.conflicts.stream().map(c -> new ConflictView(c.id, c.kind, c.youngPersonId, c.victimId,
                        c.declaredOn, c.note)).toList(),
                v.availability.stream().map(AvailabilitySlotDto::of).toList(), v.availabilityNote, v.createdAt,
                v.updatedAt);
    }
}
