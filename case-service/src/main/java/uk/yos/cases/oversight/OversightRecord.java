package uk.yos.cases.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.panache.common.Sort;
import uk.yos.common.persistence.VersionedEntity;

/** A manager's recorded review of part of a case: what, the decision, comments and the actions it set. */
@Entity
@Table(name = "oversight_record")
public class OversightRecord extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reviewed", length = 30, nullable = false)
    public Reviewed reviewed;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 30, nullable = false)
    public OversightDecision decision;

    @Column(name = "comments", length = 4000, nullable = false)
    public String comments;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(name = "manager_subject", length = 64, nullable = false)
    public String managerSubject;

    @OneToMany(mappedBy = "oversight", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<OversightAction> actions = new ArrayList<>();

    static OversightRecord of(UUID caseId, OversightRequest request, String managerSubject) {
        OversightRecord record = new OversightRecord();
        record.caseId = caseId;
        record.reviewed = request.reviewed();
        record.assessmentId = request.assessmentId();
        record.decision = request.decision();
        record.comments = request.comments().strip();
        record.reviewedOn = request.reviewedOn();
        record.managerSubject = managerSubject;
        List<OversightRequest.ActionRequest> actions = request.actions() == null ? List.of() : request.actions();
        for (int i = 0; i < actions.size(); i++) {
            record.actions.add(OversightAction.of(record, i, actions.get(i)));
        }
        return record;
    }

    static List<OversightRecord> ofCase(UUID caseId) {
        return list("caseId", Sort.by("reviewedOn").and("createdAt"), caseId);
    }
}
