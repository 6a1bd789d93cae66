package uk.yos.cases.caserecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "offence")
public class Offence extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    public CaseRecord caseRecord;

    @Column(name = "offence_type_code", length = 40, nullable = false)
    public String offenceTypeCode;

    @Column(name = "description", length = 500, nullable = false)
    public String description;

    /** The YJB gravity score, 1 (least) to 8 (most serious). */
    @Column(name = "gravity_score", nullable = false)
    public int gravityScore;

    @Column(name = "offence_date", nullable = false)
    public LocalDate offenceDate;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 255, nullable = false)
    public String recordedBy;
}
