package uk.yos.prevention.support;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** The numbers prevention and diversion work is held to, as this area sets them ({@code yos.prevention.*}). */
@ConfigMapping(prefix = "yos.prevention")
public interface PreventionSettings {

    /** The youngest a child may be on the day the referral is received, and on an offence's date. */
    @Min(8)
    @Max(18)
    int minimumAge();

    /** The oldest the same child may be. */
    @Min(10)
    @Max(25)
    int maximumAge();

    /** Triage and assessment are due this many working days after the referral was received. */
    @Min(1)
    @Max(60)
    int assessmentWorkingDays();
}
