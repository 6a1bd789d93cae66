package uk.yos.victims.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An evaluation form sent to a victim (with their consent) and, when returned, what they said. */
@Entity
@Immutable
@Table(name = "victim_evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "victim_id", nullable = false)
    public UUID victimId;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    @Column(name = "returned_on")
    public LocalDate returnedOn;

    /** 1 (very dissatisfied) to 5 (very satisfied). */
    @Column(name = "satisfaction")
    public Integer satisfaction;

    @Column(name = "felt_listened_to")
    public Boolean feltListenedTo;

    @Column(name = "comments", length = 2000)
    public String comments;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 255, nullable = false)
    public String recordedBy;
}
