package uk.yos.victims.victim;

/** How the victim prefers to be contacted; each (except IN_PERSON) needs the matching contact detail. */
public enum PreferredContactMethod {
    PHONE,
    EMAIL,
    LETTER,
    IN_PERSON
}
