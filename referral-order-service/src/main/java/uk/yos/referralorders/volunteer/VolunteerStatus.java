package uk.yos.referralorders.volunteer;

import java.util.EnumSet;
import java.util.Set;

/** A volunteer's place in recruitment and service. */
public enum VolunteerStatus {
    /** Applied; vetting and initial training under way. */
    APPLICANT,
    /** Initial training done; not yet sitting on panels. */
    TRAINED,
    /** Sits on panels. */
    ACTIVE,
    /** Temporarily not sitting (leave, a break, a lapsed DBS check). */
    PAUSED,
    /** No longer a volunteer; may apply again. */
    LEFT;

    /** The statuses this one may move to. */
    public Set<VolunteerStatus> next() {
        return switch (this) {
            case APPLICANT -> EnumSet.of(TRAINED, LEFT);
            case TRAINED -> EnumSet.of(ACTIVE, PAUSED, LEFT);
            case ACTIVE -> EnumSet.of(PAUSED, LEFT);
            case PAUSED -> EnumSet.of(ACTIVE, LEFT);
            case LEFT -> EnumSet.of(APPLICANT);
        };
    }
}
