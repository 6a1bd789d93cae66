package uk.yos.cases.oversight;

/** What part of a case a manager reviewed. */
public enum Reviewed {
    ASSESSMENT, PLAN, RATING_CHANGE, CLOSURE, TRANSFER;

    /** An assessment or a rating change is always about one assessment, named by its id. */
    boolean isAboutAnAssessment() {
        return this == ASSESSMENT || this == RATING_CHANGE;
    }
}
