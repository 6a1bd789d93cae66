package uk.yos.cases.work;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One piece of work a case is due for, written beside the record it is about (an assessment, a screening, a
 * panel...) in the same transaction. It carries the case's team so that a team's list is one index range, never a
 * join over every case of the team.
 */
@Entity
@Table(name = "work_item")
public class WorkItem extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "young_person_id", nullable = false)
    public UUID youngPersonId;

    @Column(name = "team_code", length = 40, nullable = false)
    public String teamCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    public WorkKind kind;

    /** The record the work is about (the assessment, screening, panel or plan). */
    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    public WorkState state;

    public Boolean onTime() {
        return completedOn == null ? null : !completedOn.isAfter(dueDate);
    }

    static Optional<WorkItem> of(UUID sourceId, WorkKind kind) {
        return find("sourceId = ?1 and kind = ?2", sourceId, kind).firstResultOptional();
    }
}
