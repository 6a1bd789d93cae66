package uk.yos.cases.assessment;

import uk.yos.cases.work.WorkKind;

/** Where in the case an assessment falls. */
public enum AssessmentStage {
    /** Due a number of working days after the case starts; one per case. */
    START,
    /** Due a set period after the last assessment took effect, or sooner on a significant change. */
    REVIEW,
    /** Due by the end date of the order or intervention. */
    END_OF_ORDER;

    WorkKind work() {
        return switch (this) {
            case START -> WorkKind.START_ASSESSMENT;
            case REVIEW -> WorkKind.REVIEW_ASSESSMENT;
            case END_OF_ORDER -> WorkKind.END_OF_ORDER_ASSESSMENT;
        };
    }
}
