package uk.yos.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** One version of a plan, kept when it is superseded. */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "number", nullable = false)
    public int number;

    @Column(name = "content", length = 4000, nullable = false)
    public String content;

    @Column(name = "review_date", nullable = false)
    public LocalDate reviewDate;

    @Column(name = "receiving_service", length = 200)
    public String receivingService;

    @Column(name = "transfer_date")
    public LocalDate transferDate;

    @ElementCollection
    @CollectionTable(name = "plan_intervention", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderColumn(name = "position")
    public List<PlannedIntervention> interventions = new ArrayList<>();

    /** The day the practitioner records as the plan's date (for a plan review, the day it was reviewed). */
    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 255, nullable = false)
    public String recordedBy;

    static PlanVersion of(UUID planId, int number, PlanRequest request, Instant at, String by) {
        PlanVersion version = new PlanVersion();
        version.planId = planId;
        version.number = number;
        version.content = request.content().strip();
        version.reviewDate = request.reviewDate();
        version.receivingService = request.receivingService() == null ? null : request.receivingService().strip();
        version.transferDate = request.transferDate();
        version.recordedOn = request.recordedOn();
        version.recordedAt = at;
        version.recordedBy = by;
        if (request.interventions() != null) {
            for (PlanRequest.InterventionRequest i : request.interventions()) {
                PlannedIntervention intervention = new PlannedIntervention();
                intervention.description = i.description().strip();
                intervention.deliveredBy = i.deliveredBy().strip();
                intervention.targetDate = i.targetDate();
                version.interventions.add(intervention);
            }
        }
        return version;
    }

    static List<PlanVersion> ofPlan(UUID planId) {
        return list("planId", Sort.by("number"), planId);
    }

    static PlanVersion current(Plan plan) {
        return find("planId = ?1 and number = ?2", plan.id, plan.currentNumber).singleResult();
    }
}
