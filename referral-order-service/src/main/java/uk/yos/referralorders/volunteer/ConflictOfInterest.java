package uk.yos.referralorders.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A declared conflict of interest: the volunteer knows a child or a victim. */
@Entity
@Table(name = "volunteer_conflict")
public class ConflictOfInterest extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false)
    public Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    public ConflictKind kind;

    /** case-service's young person id, for a CHILD conflict. */
    @Column(name = "young_person_id")
    public UUID youngPersonId;

    /** victim-service's victim id, for a VICTIM conflict. */
    @Column(name = "victim_id")
    public UUID victimId;

    @Column(name = "declared_on", nullable = false)
    public LocalDate declaredOn;

    @Column(name = "note", length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 255, nullable = false)
    public String recordedBy;
}
