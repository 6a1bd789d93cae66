package uk.yos.cases.assessment;

/**
 * An assessment's conclusions: its three ratings, the scaled approach they indicate, and the one the practitioner
 * chose, with the reason when it differs.
 */
record Ratings(HarmRating rosh, HarmRating safetyAndWellbeing, ReoffendingLikelihood reoffending,
        ScaledApproach indicated, ScaledApproach scaledApproach, String overrideReason) {

    /** Needs a manager's sign-off: a ROSH or safety-and-wellbeing rating changed since {@code previous}, or is high. */
    boolean needSignOffAfter(Assessment previous) {
        boolean high = rosh.isHighOrVeryHigh() || safetyAndWellbeing.isHighOrVeryHigh();
        boolean changed = previous != null
                && (previous.rosh != rosh || previous.safetyAndWellbeing != safetyAndWellbeing);
        return high || changed;
    }
}
