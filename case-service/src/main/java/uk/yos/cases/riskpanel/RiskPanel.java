package uk.yos.cases.riskpanel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.panache.common.Sort;
import uk.yos.common.persistence.VersionedEntity;

/** A Risk, Safety and Wellbeing panel: due, then held with the agencies there, its decisions and actions. */
@Entity
@Table(name = "risk_panel")
public class RiskPanel extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The assessment whose ratings called for it; absent for a panel's own next review. */
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @ElementCollection
    @CollectionTable(name = "risk_panel_agency", joinColumns = @JoinColumn(name = "risk_panel_id"))
    @OrderColumn(name = "position")
    @Column(name = "agency", length = 200, nullable = false)
    public List<String> agencies = new ArrayList<>();

    @Column(name = "decisions", length = 4000)
    public String decisions;

    @ElementCollection
    @CollectionTable(name = "risk_panel_action", joinColumns = @JoinColumn(name = "risk_panel_id"))
    @OrderColumn(name = "position")
    public List<PanelAction> actions = new ArrayList<>();

    @Column(name = "next_review_date")
    public LocalDate nextReviewDate;

    static RiskPanel due(UUID caseId, UUID assessmentId, LocalDate dueDate) {
        RiskPanel panel = new RiskPanel();
        panel.caseId = caseId;
        panel.assessmentId = assessmentId;
        panel.dueDate = dueDate;
        return panel;
    }

    public boolean isHeld() {
        return heldOn != null;
    }

    void hold(HoldRiskPanelRequest request) {
        heldOn = request.heldOn();
        agencies.clear();
        agencies.addAll(request.agencies().stream().map(String::strip).toList());
        decisions = request.decisions().strip();
        actions.clear();
        if (request.actions() != null) {
            for (HoldRiskPanelRequest.ActionRequest a : request.actions()) {
                PanelAction action = new PanelAction();
                action.description = a.description().strip();
                action.owner = a.owner().strip();
                action.dueDate = a.dueDate();
                actions.add(action);
            }
        }
        nextReviewDate = request.nextReviewDate();
    }

    static List<RiskPanel> ofCase(UUID caseId) {
        return list("caseId", Sort.by("dueDate").and("createdAt"), caseId);
    }

    static Optional<RiskPanel> waiting(UUID caseId) {
        return find("caseId = ?1 and heldOn is null", caseId).firstResultOptional();
    }
}
