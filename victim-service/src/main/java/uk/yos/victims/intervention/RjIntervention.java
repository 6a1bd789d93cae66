package uk.yos.victims.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.yos.common.persistence.VersionedEntity;

/** One piece of restorative-justice work with a victim, with its status and outcome. */
@Entity
@Table(name = "rj_intervention")
public class RjIntervention extends VersionedEntity {

    @Column(name = "victim_id", nullable = false, updatable = false)
    public UUID victimId;

    /** The victim's case, kept here so interventions can be listed by case. */
    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "intervention_type", length = 40, nullable = false, updatable = false)
    public InterventionType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    public InterventionStatus status;

    @Column(name = "planned_on")
    public LocalDate plannedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "outcome", length = 2000)
    public String outcome;

    /** The date the victim was told the work had ended (Victims' Code: kept informed). */
    @Column(name = "victim_informed_on")
    public LocalDate victimInformedOn;

    public static List<RjIntervention> active(UUID victimId) {
        return list("victimId = ?1 and status in ?2 order by createdAt, id", victimId, InterventionStatus.active());
    }

    public static List<RjIntervention> ofVictims(List<UUID> victimIds) {
        return victimIds.isEmpty() ? List.of()
                : list("victimId in ?1 order by createdAt, id", victimIds);
    }

    /** Ends an intervention that can no longer go ahead, saying why in its outcome. */
    public void withdraw(String why) {
        status = InterventionStatus.WITHDRAWN;
        outcome = why;
    }
}
