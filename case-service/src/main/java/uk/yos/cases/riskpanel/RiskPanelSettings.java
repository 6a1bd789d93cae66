package uk.yos.cases.riskpanel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** When a Risk, Safety and Wellbeing panel falls due ({@code yos.risk-panels.*}). */
@ConfigMapping(prefix = "yos.risk-panels")
public interface RiskPanelSettings {

    /** Working days from the completion of an assessment with high or very high ratings. */
    @Min(1)
    @Max(60)
    int dueWithinWorkingDays();
}
