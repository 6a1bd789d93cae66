package uk.yos.prevention.decision;

/** The agency a joint decision panel member represents; every panel has police and YOS members. */
public enum PanelAgency {
    POLICE, YOS, HEALTH, EDUCATION, SOCIAL_CARE, OTHER
}
