package uk.yos.victims.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An attempt to reach a victim, or a contact made, as it happened: never changed afterwards. */
@Entity
@Immutable
@Table(name = "victim_contact")
public class VictimContact extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "victim_id", nullable = false)
    public UUID victimId;

    @Column(name = "contacted_on", nullable = false)
    public LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 20, nullable = false)
    public ContactMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30, nullable = false)
    public ContactOutcome outcome;

    @Column(name = "rj_information_given", nullable = false)
    public boolean rjInformationGiven;

    @Column(name = "notes", length = 1000)
    public String notes;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 255, nullable = false)
    public String recordedBy;
}
