package uk.yos.cases.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.panache.common.Sort;
import uk.yos.common.persistence.VersionedEntity;

/** An appointment with the child: planned, then its outcome recorded once, after its time. */
@Entity
@Table(name = "contact")
public class Contact extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    public ContactKind kind;

    /** England and Wales local time, as the appointment was made. */
    @Column(name = "planned_at", nullable = false)
    public LocalDateTime plannedAt;

    @Column(name = "place", length = 200, nullable = false)
    public String place;

    @Column(name = "worker_id", length = 64, nullable = false)
    public String workerId;

    @Column(name = "worker_name", length = 200, nullable = false)
    public String workerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    public ContactOutcome outcome;

    @Column(name = "outcome_reason", length = 1000)
    public String outcomeReason;

    @Column(name = "outcome_recorded_on")
    public LocalDate outcomeRecordedOn;

    @Column(name = "outcome_recorded_by", length = 255)
    public String outcomeRecordedBy;

    static Contact planned(UUID caseId, PlanContactRequest request) {
        Contact contact = new Contact();
        contact.caseId = caseId;
        contact.kind = request.kind();
        contact.plannedAt = request.plannedAt();
        contact.place = request.place().strip();
        contact.workerId = request.workerId().strip();
        contact.workerName = request.workerName().strip();
        return contact;
    }

    boolean hasOutcome() {
        return outcome != null;
    }

    void recordOutcome(RecordOutcomeRequest request, LocalDate on, String by) {
        outcome = request.outcome();
        outcomeReason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        outcomeRecordedOn = on;
        outcomeRecordedBy = by;
    }

    /** Newest first: the next appointments, then what happened most recently. */
    static List<Contact> ofCase(UUID caseId) {
        return list("caseId", Sort.descending("plannedAt", "id"), caseId);
    }

    /** Contacts attended from {@code from} (inclusive) to {@code until} (exclusive). */
    static long attended(UUID caseId, LocalDateTime from, LocalDateTime until) {
        return count("caseId = ?1 and outcome = ?2 and plannedAt >= ?3 and plannedAt < ?4", caseId,
                ContactOutcome.ATTENDED, from, until);
    }
}
