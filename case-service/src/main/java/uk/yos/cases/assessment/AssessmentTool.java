package uk.yos.cases.assessment;

/** The national assessment frameworks; which one a case uses follows its category (configuration). */
public enum AssessmentTool {
    /** The YJB's framework for court orders (and, by default, bail and remand). */
    ASSET_PLUS,
    /** The Prevention and Diversion Assessment Tool, for out-of-court and prevention work. */
    PREVENTION_AND_DIVERSION
}
