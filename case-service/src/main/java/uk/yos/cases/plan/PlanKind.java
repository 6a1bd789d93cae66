package uk.yos.cases.plan;

import uk.yos.cases.work.WorkKind;

public enum PlanKind {
    /** Objectives, the interventions that meet them, who delivers them and by when. */
    INTERVENTION,
    /** What would show that risk is rising, and what the YOS and partners will then do. */
    CONTINGENCY,
    /** The move to adult services: who takes the child on, when, and how. */
    TRANSITION;

    /** The work a missing plan of this kind is (an intervention plan is not counted as due). */
    WorkKind missingWork() {
        return switch (this) {
            case CONTINGENCY -> WorkKind.CONTINGENCY_PLAN;
            case TRANSITION -> WorkKind.TRANSITION_PLAN;
            case INTERVENTION -> null;
        };
    }
}
