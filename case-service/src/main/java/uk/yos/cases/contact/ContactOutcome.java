package uk.yos.cases.contact;

/** What became of an appointment once its time had passed. */
public enum ContactOutcome {
    ATTENDED,
    /** Missed for a reason the worker accepts (recorded with it): never a warning. */
    ACCEPTABLE_ABSENCE,
    /** Missed without an acceptable reason: a warning, counted towards breach consideration. */
    UNACCEPTABLE_ABSENCE,
    /** The YOS called it off: the child did not miss it. */
    CANCELLED_BY_YOS;

    boolean warns() {
        return this == UNACCEPTABLE_ABSENCE;
    }

    boolean needsReason() {
        return this == ACCEPTABLE_ABSENCE;
    }
}
