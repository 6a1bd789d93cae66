package uk.yos.cases.work;

/** Which work a list shows: each is one indexed query. */
public enum WorkView {
    /** Not done, due from today to today plus {@code withinDays}. */
    DUE,
    /** Not done, and its due date has passed. */
    OVERDUE,
    /** Done between {@code completedFrom} and {@code completedTo}. */
    COMPLETED
}
