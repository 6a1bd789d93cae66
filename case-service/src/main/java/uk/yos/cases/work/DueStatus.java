package uk.yos.cases.work;

import java.time.LocalDate;

/** Where a piece of due work stands today. */
public enum DueStatus {
    /** Not done, and its due date has not passed. */
    DUE,
    /** Not done, and its due date has passed. */
    OVERDUE,
    DONE;

    /** {@code dueDate} may be absent (nothing was due): such a record is only ever done. */
    public static DueStatus of(LocalDate dueDate, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return DONE;
        }
        return dueDate != null && today.isAfter(dueDate) ? OVERDUE : DUE;
    }
}
