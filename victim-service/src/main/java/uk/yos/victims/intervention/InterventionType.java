package uk.yos.victims.intervention;

/** The kinds of restorative-justice work: direct (a conference), indirect (shuttle, letter), reparation, the panel. */
public enum InterventionType {
    /** Direct: a face-to-face restorative conference. */
    DIRECT_CONFERENCE,
    /** Indirect: messages passed between victim and child by the RJ worker. */
    SHUTTLE_COMMUNICATION,
    /** Indirect: a letter of explanation or apology. */
    LETTER_OF_EXPLANATION,
    /** Reparation to the victim directly. */
    DIRECT_REPARATION,
    /** Reparation to the community. */
    COMMUNITY_REPARATION,
    /** The victim attends the referral order panel. */
    ATTENDING_PANEL,
    /** The victim's impact statement is shared with the panel or the child. */
    VICTIM_IMPACT_STATEMENT
}
