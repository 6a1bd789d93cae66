package uk.yos.cases.assessment;

import java.time.LocalDate;

/** Where an assessment stands today, as a worker's list shows it. */
public enum AssessmentStatus {
    /** Not completed, and its due date has not passed. */
    DUE,
    /** Not completed, and its due date has passed. */
    OVERDUE,
    /** Completed; a manager's sign-off is outstanding, so its ratings are not yet in effect. */
    AWAITING_SIGN_OFF,
    /** Completed, and its ratings took effect. */
    COMPLETED;

    static AssessmentStatus of(Assessment a, LocalDate today) {
        if (a.isCompleted()) {
            return a.awaitsSignOff() ? AWAITING_SIGN_OFF : COMPLETED;
        }
        return today.isAfter(a.dueDate) ? OVERDUE : DUE;
    }
}
