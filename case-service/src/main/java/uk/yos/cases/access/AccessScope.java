package uk.yos.cases.access;

/**
 * How much of the case load a caller may see, from their realm role and the {@code team} claim of their token (see
 * {@link CaseAccess}); a record outside it answers 404.
 */
public enum AccessScope {
    /** Head of service: every child and case. */
    ALL,
    /** A case manager: their team's children and cases, and any case they are allocated to. */
    TEAM_OR_ALLOCATED,
    /** An operations manager: their team's children and cases. */
    TEAM,
    /** Anyone else: no child or case records. */
    NONE
}
