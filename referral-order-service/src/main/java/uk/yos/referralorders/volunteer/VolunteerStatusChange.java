package uk.yos.referralorders.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A change of a volunteer's status, with its reason: the volunteer row keeps only the current one. */
@Entity
@Table(name = "volunteer_status_change")
public class VolunteerStatusChange extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public VolunteerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20, nullable = false)
    public VolunteerStatus toStatus;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "reason", length = 500)
    public String reason;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", length = 255, nullable = false)
    public String changedBy;
}
