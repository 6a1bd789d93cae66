package uk.yos.cases.contact;

/** What an appointment with the child is for. */
public enum ContactKind {
    SUPERVISION,
    INTERVENTION_SESSION,
    HOME_VISIT,
    REPARATION,
    /** Education, training and employment. */
    ETE,
    HEALTH,
    OTHER
}
