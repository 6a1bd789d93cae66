package uk.yos.referralorders.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import uk.yos.common.persistence.VersionedEntity;

/**
 * A community volunteer who sits on youth offender panels.
 * <p>
 * Versions the whole record: training, conflicts, DBS and status changes all move it on.
 */
@Entity
@Table(name = "volunteer")
public class Volunteer extends VersionedEntity {

    @Column(name = "given_name", length = 100, nullable = false)
    public String givenName;

    @Column(name = "family_name", length = 100, nullable = false)
    public String familyName;

    @Column(name = "email", length = 254)
    public String email;

    @Column(name = "phone", length = 30)
    public String phone;

    /** Also acts as a community representative (e.g. for reparation projects). */
    @Column(name = "representative", nullable = false)
    public boolean representative;

    /** Also mentors children on orders. */
    @Column(name = "mentor", nullable = false)
    public boolean mentor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    public VolunteerStatus status;

    /** The volunteer's Keycloak account ({@code sub}), linking a panel-volunteer login to this record. Unique. */
    @Column(name = "user_subject", length = 64, unique = true)
    public String userSubject;

    @Column(name = "dbs_checked_on")
    public LocalDate dbsCheckedOn;

    @Column(name = "dbs_expires_on")
    public LocalDate dbsExpiresOn;

    @ElementCollection
    @CollectionTable(name = "volunteer_availability", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    public List<AvailabilitySlot> availability = new ArrayList<>();

    @Column(name = "availability_note", length = 500)
    public String availabilityNote;

    @OneToMany(mappedBy = "volunteer", cascade = CascadeType.PERSIST)
    @OrderBy("completedOn, id")
    public List<TrainingRecord> training = new ArrayList<>();

    @OneToMany(mappedBy = "volunteer", cascade = CascadeType.PERSIST)
    @OrderBy("declaredOn, id")
    public List<ConflictOfInterest> conflicts = new ArrayList<>();

    public boolean hasTraining(TrainingKind kind) {
        return training.stream().anyMatch(t -> t.kind == kind);
    }

    /** A DBS check done on or before {@code date} and expiring after it. */
    public boolean dbsValidOn(LocalDate date) {
        return dbsCheckedOn != null && dbsExpiresOn != null && !dbsCheckedOn.isAfter(date)
                && dbsExpiresOn.isAfter(date);
    }

    public boolean hasChildConflict(UUID youngPersonId) {
        return conflicts.stream().anyMatch(c -> c.kind == ConflictKind.CHILD && youngPersonId.equals(c.youngPersonId));
    }

    /** Whether a declared VICTIM conflict names one of {@code victimIds}. */
    public boolean hasVictimConflict(Collection<UUID> victimIds) {
        return conflicts.stream().anyMatch(c -> c.kind == ConflictKind.VICTIM && victimIds.contains(c.victimId));
    }

    public static Optional<Volunteer> findByUserSubject(String subject) {
        return find("userSubject", subject).firstResultOptional();
    }
}
