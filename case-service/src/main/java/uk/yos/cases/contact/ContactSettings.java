package uk.yos.cases.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** How often a case's child is seen, and when absences call for breach consideration ({@code yos.contacts.*}). */
@ConfigMapping(prefix = "yos.contacts")
public interface ContactSettings {

    /** Contacts a month each scaled-approach level expects. */
    ExpectedPerMonth expectedPerMonth();

    Breach breach();

    interface ExpectedPerMonth {

        @Min(0)
        @Max(31)
        int standard();

        @Min(0)
        @Max(31)
        int enhanced();

        @Min(0)
        @Max(31)
        int intensive();
    }

    interface Breach {

        /** Warnings within the window that flag the case for breach consideration. */
        @Min(1)
        @Max(10)
        int warnings();

        /** The window warnings count in, in whole months back from today. */
        @Min(1)
        @Max(36)
        int windowMonths();

        /** Working days after the warning that reached the threshold by which a manager decides. */
        @Min(1)
        @Max(30)
        int decisionWithinWorkingDays();
    }
}
