package uk.yos.victims.victim;

import java.time.LocalDate;

/** The personal details a victim is recorded with, and corrected by: shared by the create and update bodies. */
public interface VictimDetails {

    /** Allowed phone numbers: digits, spaces, brackets and hyphens, optionally after a leading +. */
    String PHONE_PATTERN = "\\+?[0-9 ()-]{6,30}";
    String PHONE_MESSAGE = "must be 6 to 30 digits, spaces, brackets or hyphens, optionally after a leading +";

    String givenName();

    String familyName();

    LocalDate dateOfBirth();

    String address();

    String phone();

    String email();

    PreferredContactMethod preferredContactMethod();

    LocalDate referredOn();

    Boolean underEighteen();

    Boolean vulnerableOrIntimidated();

    Boolean mostSeriousCrime();
}
