package uk.yos.cases.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An intervention of a plan: what, who delivers it, by when. */
@Embeddable
public class PlannedIntervention {

    @Column(name = "description", length = 500, nullable = false)
    public String description;

    @Column(name = "delivered_by", length = 200, nullable = false)
    public String deliveredBy;

    @Column(name = "target_date", nullable = false)
    public LocalDate targetDate;
}
