package uk.yos.victims.victim;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** The Victims' Code clock as this area keeps it ({@code yos.victims.rj-information.*}); checked at start-up. */
@ConfigMapping(prefix = "yos.victims.rj-information")
public interface RjInformationSettings {

    /** Working days from the referral within which a victim gets RJ information. */
    @Min(1)
    @Max(60)
    int workingDays();

    /** The same, for a victim with enhanced rights. */
    @Min(1)
    @Max(60)
    int enhancedWorkingDays();

    /** A victim younger than this on the date of referral has enhanced rights. */
    @Min(16)
    @Max(21)
    int adultAge();

    DueSoon dueSoon();

    /** The "RJ information due" list. */
    interface DueSoon {
        /** Working days ahead the list looks when the caller does not say. */
        @Min(1)
        @Max(60)
        int defaultWorkingDays();

        /** The most working days ahead a caller may ask for. */
        @Min(1)
        @Max(250)
        int maxWorkingDays();
    }
}
