package uk.yos.cases.work;

public enum WorkState {
    /** Not done yet: due, or overdue once its due date has passed. */
    DUE,
    DONE,
    /** No longer due because its case closed; due again if the case reopens. */
    WITHDRAWN
}
