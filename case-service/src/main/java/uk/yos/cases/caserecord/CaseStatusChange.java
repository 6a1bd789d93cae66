package uk.yos.cases.caserecord;

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

/** A closing or a reopening of a case, with its reason: the case row only keeps the current state. */
@Entity
@Table(name = "case_status_change")
public class CaseStatusChange extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    public CaseStatus status;

    @Column(name = "reason", length = 500, nullable = false)
    public String reason;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", length = 255, nullable = false)
    public String changedBy;
}
