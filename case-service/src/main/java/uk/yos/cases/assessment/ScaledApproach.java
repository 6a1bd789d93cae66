package uk.yos.cases.assessment;

/** How intensive the YOS's work with the child is, from the assessment's ratings. */
public enum ScaledApproach {
    STANDARD, ENHANCED, INTENSIVE
}
