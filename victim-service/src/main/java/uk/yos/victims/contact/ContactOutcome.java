package uk.yos.victims.contact;

/** What came of an attempt to reach a victim. */
public enum ContactOutcome {
    NO_ANSWER(false, false),
    MESSAGE_LEFT(false, false),
    WRONG_CONTACT_DETAILS(false, false),
    /** Information sent (letter, email or text) that reached the victim's address. */
    INFORMATION_SENT(false, true),
    SPOKE_WITH_VICTIM(true, true),
    MET_VICTIM(true, true),
    VICTIM_DECLINED_CONTACT(true, false);

    private final boolean contactMade;
    private final boolean canGiveInformation;

    ContactOutcome(boolean contactMade, boolean canGiveInformation) {
        this.contactMade = contactMade;
        this.canGiveInformation = canGiveInformation;
    }

    /** A contact (the victim was reached) rather than an attempt. */
    public boolean contactMade() {
        return contactMade;
    }

    /** Whether RJ information can have been given with this outcome. */
    public boolean canGiveInformation() {
        return canGiveInformation;
    }
}
