package uk.yos.prevention.referral;

/** Whether triage and assessment met the working-day deadline ({@code assessmentDueDate}). */
public enum AssessmentTimeliness {
    /** Not yet completed, and the due date has not passed. */
    DUE,
    /** Not yet completed, and the due date has passed. */
    OVERDUE,
    /** Completed on or before the due date. */
    MET,
    /** Completed after the due date. */
    LATE,
    /** Closed without an assessment (for example the family declined). */
    NOT_COMPLETED
}
