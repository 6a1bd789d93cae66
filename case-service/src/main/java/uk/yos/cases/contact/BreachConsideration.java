package uk.yos.cases.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.panache.common.Sort;
import uk.yos.common.persistence.VersionedEntity;

/** A case flagged for an operations manager to consider breach, outstanding until decided. */
@Entity
@Table(name = "breach_consideration")
public class BreachConsideration extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The date of the warning that reached the threshold. */
    @Column(name = "raised_on", nullable = false)
    public LocalDate raisedOn;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 30)
    public BreachDecision decision;

    @Column(name = "reason", length = 2000)
    public String reason;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by", length = 255)
    public String decidedBy;

    static BreachConsideration raised(UUID caseId, LocalDate raisedOn, LocalDate dueDate) {
        BreachConsideration consideration = new BreachConsideration();
        consideration.caseId = caseId;
        consideration.raisedOn = raisedOn;
        consideration.dueDate = dueDate;
        return consideration;
    }

    void decide(BreachDecisionRequest request, LocalDate on, String by) {
        decision = request.decision();
        reason = request.reason().strip();
        decidedOn = on;
        decidedBy = by;
    }

    static Optional<BreachConsideration> outstanding(UUID caseId) {
        return find("caseId = ?1 and decidedOn is null", caseId).firstResultOptional();
    }

    static List<BreachConsideration> ofCase(UUID caseId) {
        return list("caseId", Sort.by("raisedOn").and("createdAt"), caseId);
    }
}
