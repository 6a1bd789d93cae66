package uk.yos.referralorders.support;

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

    interface Panel {
        int minAdvisors();

        int minVolunteers();
    }

    interface Volunteers {
        /** Validity of a DBS check recorded without an expiry date. */
        int dbsValidityMonths();
    }
}
