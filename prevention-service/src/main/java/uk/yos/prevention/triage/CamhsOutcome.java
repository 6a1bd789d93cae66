package uk.yos.prevention.triage;

/** The outcome of the health and justice (CAMHS) screening. */
public enum CamhsOutcome {
    NO_CONCERNS_IDENTIFIED,
    REFERRED_TO_CAMHS,
    ALREADY_OPEN_TO_CAMHS,
    REFERRED_TO_OTHER_HEALTH_SUPPORT,
    DECLINED_SCREENING
}
