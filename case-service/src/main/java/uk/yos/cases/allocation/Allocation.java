package uk.yos.cases.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import io.quarkus.panache.common.Sort;

/**
 * A worker's allocation to a case in one role, from a start date until an end date. Allocations are never
 * deleted: reallocation ends the current one and starts another, so the history stays.
 */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "allocation_role", length = 40, nullable = false)
    public AllocationRole role;

    @Column(name = "worker_id", length = 64, nullable = false)
    public String workerId;

    @Column(name = "worker_name", length = 200, nullable = false)
    public String workerName;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "allocated_at", nullable = false)
    public Instant allocatedAt;

    @Column(name = "allocated_by", length = 255, nullable = false)
    public String allocatedBy;

    @Column(name = "ended_by", length = 255)
    public String endedBy;

    /** A worker takes a role on a case from a date; the row is persisted with the transaction. */
    static Allocation start(UUID caseId, AllocationRole role, String workerId, String workerName, LocalDate from,
            Instant at, String by) {
        Allocation allocation = new Allocation();
        allocation.caseId = caseId;
        allocation.role = role;
        allocation.workerId = workerId;
        allocation.workerName = workerName.strip();
        allocation.startDate = from;
        allocation.allocatedAt = at;
        allocation.allocatedBy = by;
        allocation.persist();
        return allocation;
    }

    /** The worker stops holding the role on {@code on}; the row stays as history. */
    void end(LocalDate on, String by) {
        endDate = on;
        endedBy = by;
    }

    public boolean isCurrent() {
        return endDate == null;
    }

    static List<Allocation> history(UUID caseId) {
        return list("caseId", Sort.by("startDate").and("allocatedAt"), caseId);
    }

    public static List<Allocation> current(UUID caseId) {
        return list("caseId = ?1 and endDate is null", Sort.by("role"), caseId);
    }

    static Optional<Allocation> currentIn(UUID caseId, AllocationRole role) {
        return find("caseId = ?1 and role = ?2 and endDate is null", caseId, role).firstResultOptional();
    }
}
