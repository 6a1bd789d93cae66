package uk.yos.victims.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Victim", description = "A victim's whole record, personal and contact details included: RJ team only")
public record VictimView(
        UUID id,
        UUID caseId,
        UUID offenceId,
        @Schema(maxLength = 100) String givenName,
        @Schema(maxLength = 100) String familyName,
        LocalDate dateOfBirth,
        ContactDetails contactDetails,
        PreferredContactMethod preferredContactMethod,
        LocalDate referredOn,
        EnhancedRights enhancedRights,
        RjInformation rjInformation,
        Consent consent,
        RjDecision rjDecision,
        Feedback feedback,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "VictimContactDetails")
    public record ContactDetails(@Schema(maxLength = 500) String address, @Schema(maxLength = 30) String phone,
            @Schema(maxLength = 254) String email) {
    }

    @Schema(name = "VictimEnhancedRights", description = "Victims' Code enhanced rights: any flag shortens the "
            + "RJ-information deadline")
    public record EnhancedRights(boolean underEighteen, boolean vulnerableOrIntimidated, boolean mostSeriousCrime,
            @Schema(description = "Any of the three") boolean enhanced) {
    }

    @Schema(name = "VictimRjInformation")
    public record RjInformation(
            @Schema(description = "referredOn plus 5 working days, or 1 with enhanced rights") LocalDate dueDate,
            @Schema(description = "The first contact recorded as giving RJ information") LocalDate givenOn,
            @Schema(description = "Given by the due date: true or false; null while pending and not yet due")
            Boolean dueMet) {
    }

    @Schema(name = "VictimConsent")
    public record Consent(Boolean policeConsentToShare, LocalDate policeConsentOn, Boolean consentToContact,
            LocalDate consentToContactOn, Boolean evaluationConsent, LocalDate evaluationConsentOn,
            @Schema(description = "Set when the victim withdrew") LocalDate withdrawnOn,
            @Schema(maxLength = 1000) String withdrawalReason) {
    }

    @Schema(name = "VictimRjDecision", description = "Null fields until the decision is recorded")
    public record RjDecision(Boolean offered, @Schema(maxLength = 2000) String reasons, LocalDate decidedOn,
            @Schema(maxLength = 255) String decidedBy) {
    }

    @Schema(name = "VictimFeedback")
    public record Feedback(@Schema(maxLength = 4000) String views, @Schema(maxLength = 4000) String wishes,
            @Schema(maxLength = 4000) String agreedReparation, Instant recordedAt,
            @Schema(maxLength = 255) String recordedBy) {
    }

    public static VictimView of(Victim v, LocalDate today) {
        return new VictimView(v.id, v.caseId, v.offenceId, v.givenName, v.familyName, v.dateOfBirth,
                new ContactDetails(v.address, v.phone, v.email), v.preferredContactMethod, v.referredOn,
                new EnhancedRights(v.underEighteen, v.vulnerableOrIntimidated, v.mostSeriousCrime, v.enhancedRights),
                new RjInformation(v.rjInformationDueDate, v.rjInformationGivenOn, v.rjInformationDueMet(today)),
                new Consent(v.policeConsentToShare, v.policeConsentOn, v.consentToContact, v.consentToContactOn,
                        v.evaluationConsent, v.evaluationConsentOn, v.consentWithdrawnOn, v.consentWithdrawalReason),
                new RjDecision(v.rjOffered, v.rjDecisionReasons, v.rjDecidedOn, v.rjDecidedBy),
                new Feedback(v.views, v.wishes, v.agreedReparation, v.feedbackRecordedAt, v.feedbackRecordedBy),
                v.createdAt, v.updatedAt);
    }
}
