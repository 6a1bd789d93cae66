package uk.yos.cases.assessment;

/** The likelihood of reoffending an assessment concludes, lowest first. */
public enum ReoffendingLikelihood {
    LOW, MEDIUM, HIGH
}
