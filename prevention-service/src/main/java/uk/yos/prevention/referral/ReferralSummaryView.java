package uk.yos.prevention.referral;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.prevention.closure.ClosureOutcome;
import uk.yos.prevention.decision.DecisionOutcome;

@Schema(name = "PreventionReferralSummary", description = "A referral as it appears in lists")
public record ReferralSummaryView(
        UUID id,
        @Schema(maxLength = 20) String reference,
        ReferralStatus status,
        ReferralSource source,
        @Schema(maxLength = 50) String referringOrganisation,
        ReasonType reasonType,
        LocalDate receivedOn,
        LocalDate assessmentDueDate,
        boolean assessmentCompleted,
        AssessmentTimeliness assessmentTimeliness,
        DecisionOutcome decisionOutcome,
        LocalDate decidedOn,
        LocalDate closedOn,
        ClosureOutcome closureOutcome,
        @Schema(description = "Who the referral is about: for prevention-worker only, absent for police-referrer")
        @JsonInclude(JsonInclude.Include.NON_NULL) ChildName child) {

    @Schema(name = "PreventionReferralChildName")
    public record ChildName(@Schema(maxLength = 100) String givenName, @Schema(maxLength = 100) String familyName,
            LocalDate dateOfBirth) {
    }

    static ReferralSummaryView of(PreventionReferral r, LocalDate today, boolean withChild) {
        return new ReferralSummaryView(r.id, r.reference, r.status, r.source, r.referringOrganisation, r.reasonType,
                r.receivedOn, r.assessmentDueDate, r.isTriaged(), PreventionReferralView.timeliness(r, today),
                r.decisionOutcome, r.decidedOn, r.closedOn, r.closureOutcome,
                withChild ? new ChildName(r.childGivenName, r.childFamilyName, r.childDateOfBirth) : null);
    }
}
