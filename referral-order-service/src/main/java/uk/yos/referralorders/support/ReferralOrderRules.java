package uk.yos.referralorders.support;

import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** The referral order and panel numbers areas may set differently ({@code yos.referral-orders.*}). */
@ConfigMapping(prefix = "yos.referral-orders")
public interface ReferralOrderRules {

    /** Shortest order a court can make, in months. */
    int minLengthMonths();

    /** Longest order a court can make, in months. */
    int maxLengthMonths();

    /** All extensions of one order together, in months. */
    int maxExtensionMonths();

    /** Length plus extensions, in months. */
    int maxTotalMonths();

    /** The initial panel is due this many working days after the sentence. */
    int initialPanelWorkingDays();

    /** A refused revocation request blocks another for this many months after its decision. */
    int revocationReapplyAfterMonths();

    Panel panel();

    Volunteers volunteers();

    Breach breach();

    interface Panel {
        int minAdvisors();

        int minVolunteers();

        /** Review panels are due at this interval from the contract date. */
        @WholeMonths(min = 1, max = 6)
        Period reviewInterval();

        /** The final panel is due this many working days before the order's end date. */
        @Min(1)
        @Max(60)
        int finalWorkingDaysBeforeEnd();
    }

    /** When a review panel is to consider whether the child is in breach of the order. */
    interface Breach {
        /** Missed appointments of the order within {@link #window()} that flag the review panel. */
        @Min(1)
        @Max(20)
        int missedAppointments();

        /** How far back from today missed appointments are counted. */
        @WholeMonths(min = 1, max = 24)
        Period window();
    }

    interface Volunteers {
        /** Validity of a DBS check recorded without an expiry date. */
        int dbsValidityMonths();
    }
}
