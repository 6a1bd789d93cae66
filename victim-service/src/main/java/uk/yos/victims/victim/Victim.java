package uk.yos.victims.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.yos.common.persistence.VersionedEntity;
import uk.yos.victims.crypto.EncryptedString;

/**
 * A victim of an offence on a YOS case, as the police passed them on: personal and contact details (contact details
 * encrypted at rest), enhanced rights, consent, the restorative-justice decision and the victim's feedback. Seen
 * whole only by the RJ team.
 * <p>
 * Versions the whole victim record: details, consent, decision, feedback, and new contacts or interventions.
 */
@Entity
@Table(name = "victim")
public class Victim extends VersionedEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "offence_id", nullable = false, updatable = false)
    public UUID offenceId;

    /** The child whose case it is (from case-service when the victim was recorded), for the audit trail. */
    @Column(name = "young_person_id", updatable = false)
    public UUID youngPersonId;

    @Column(name = "given_name", length = 100, nullable = false)
    public String givenName;

    @Column(name = "family_name", length = 100, nullable = false)
    public String familyName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Convert(converter = EncryptedString.class)
    @Column(name = "address", length = 2000)
    public String address;

    @Convert(converter = EncryptedString.class)
    @Column(name = "phone", length = 300)
    public String phone;

    @Convert(converter = EncryptedString.class)
    @Column(name = "email", length = 1500)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact_method", length = 20, nullable = false)
    public PreferredContactMethod preferredContactMethod;

    /** The date the police passed the victim's details to the YOS: starts the RJ-information clock. */
    @Column(name = "referred_on", nullable = false)
    public LocalDate referredOn;

    @Column(name = "under_eighteen", nullable = false)
    public boolean underEighteen;

    @Column(name = "vulnerable_or_intimidated", nullable = false)
    public boolean vulnerableOrIntimidated;

    @Column(name = "most_serious_crime", nullable = false)
    public boolean mostSeriousCrime;

    /** Any of the three flags: stored so lists can filter on it. */
    @Column(name = "enhanced_rights", nullable = false)
    public boolean enhancedRights;

    @Column(name = "rj_information_due_date", nullable = false)
    public LocalDate rjInformationDueDate;

    /** The date of the first contact recorded as giving the victim RJ information. */
    @Column(name = "rj_information_given_on")
    public LocalDate rjInformationGivenOn;

    @Column(name = "police_consent_to_share")
    public Boolean policeConsentToShare;

    @Column(name = "police_consent_on")
    public LocalDate policeConsentOn;

    @Column(name = "consent_to_contact")
    public Boolean consentToContact;

    @Column(name = "consent_to_contact_on")
    public LocalDate consentToContactOn;

    @Column(name = "evaluation_consent")
    public Boolean evaluationConsent;

    @Column(name = "evaluation_consent_on")
    public LocalDate evaluationConsentOn;

    @Column(name = "consent_withdrawn_on")
    public LocalDate consentWithdrawnOn;

    @Column(name = "consent_withdrawal_reason", length = 1000)
    public String consentWithdrawalReason;

    @Column(name = "rj_offered")
    public Boolean rjOffered;

    @Column(name = "rj_decision_reasons", length = 2000)
    public String rjDecisionReasons;

    @Column(name = "rj_decided_on")
    public LocalDate rjDecidedOn;

    @Column(name = "rj_decided_by", length = 255)
    public String rjDecidedBy;

    @Column(name = "views", columnDefinition = "text")
    public String views;

    @Column(name = "wishes", columnDefinition = "text")
    public String wishes;

    @Column(name = "agreed_reparation", columnDefinition = "text")
    public String agreedReparation;

    @Column(name = "feedback_recorded_at")
    public Instant feedbackRecordedAt;

    @Column(name = "feedback_recorded_by", length = 255)
    public String feedbackRecordedBy;

    public boolean consentWithdrawn() {
        return consentWithdrawnOn != null;
    }

    /**
     * Whether the YOS may try to reach the victim: they have not withdrawn, not refused contact, and did not object
     * to the police sharing their details.
     */
    public boolean mayBeContacted() {
        return !consentWithdrawn() && !Boolean.FALSE.equals(consentToContact)
                && !Boolean.FALSE.equals(policeConsentToShare);
    }

    /** The victim has consented to be contacted and has not withdrawn. */
    public boolean consentStands() {
        return Boolean.TRUE.equals(consentToContact) && !consentWithdrawn()
                && !Boolean.FALSE.equals(policeConsentToShare);
    }

    /**
     * Whether RJ information was given by its due date: true or false once known, null while it is not yet given
     * and not yet overdue.
     */
    public Boolean rjInformationDueMet(LocalDate today) {
        if (rjInformationGivenOn != null) {
            return !rjInformationGivenOn.isAfter(rjInformationDueDate);
        }
        return today.isAfter(rjInformationDueDate) ? Boolean.FALSE : null;
    }

    /** The victim withdraws consent: recorded once, and final. */
    public void withdrawConsent(LocalDate on, String reason) {
        consentWithdrawnOn = on;
        consentWithdrawalReason = reason;
    }
}
