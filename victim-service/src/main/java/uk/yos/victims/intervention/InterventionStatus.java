package uk.yos.victims.intervention;

import java.util.EnumSet;
import java.util.Set;

public enum InterventionStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    WITHDRAWN;

    /** Still open: counts as active work with the victim. */
    public boolean isActive() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public static Set<InterventionStatus> active() {
        return EnumSet.of(PLANNED, IN_PROGRESS);
    }

    /** Whether an intervention in this status may move to {@code next}; staying put is always allowed. */
    public boolean mayMoveTo(InterventionStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case PLANNED -> true;
            case IN_PROGRESS -> next == COMPLETED || next == WITHDRAWN;
            case COMPLETED, WITHDRAWN -> false;
        };
    }
}
