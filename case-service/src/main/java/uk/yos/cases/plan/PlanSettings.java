package uk.yos.cases.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** When plans fall due ({@code yos.plans.*}). */
@ConfigMapping(prefix = "yos.plans")
public interface PlanSettings {

    /** Working days from an assessment rating ROSH or safety and wellbeing medium or above to its contingency plan. */
    @Min(1)
    @Max(60)
    int contingencyWithinWorkingDays();
}
