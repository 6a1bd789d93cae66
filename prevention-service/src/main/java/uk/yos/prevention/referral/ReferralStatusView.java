package uk.yos.prevention.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.prevention.closure.ClosureOutcome;
import uk.yos.prevention.decision.DecisionOutcome;

/**
 * What the referring organisation may know of a referral: where it is, not what the YOS found. No triage notes,
 * health screening, consent, reasons or child details.
 */
@Schema(name = "PreventionReferralStatus",
        description = "A referral's progress, as the referring organisation sees it: no personal or health details")
public record ReferralStatusView(
        @Schema(description = "Which view of the referral this is: always STATUS here (the full referral says FULL). "
                + "The create operation answers either view; this property tells them apart.",
                enumeration = STATUS, required = true, example = STATUS) String view,
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d42") UUID id,
        @Schema(example = "PD-2026-1a2b3c4d", maxLength = 20) String reference,
        @Schema(example = "DECIDED") ReferralStatus status,
        @Schema(example = "POLICE") ReferralSource source,
        @Schema(example = "NORTHAMPTONSHIRE_POLICE", maxLength = 50) String referringOrganisation,
        @Schema(example = "2026-11-02") LocalDate receivedOn,
        @Schema(example = "2026-11-16") LocalDate assessmentDueDate,
        @Schema(description = "Whether triage and assessment are done") boolean assessmentCompleted,
        @Schema(example = "MET") AssessmentTimeliness assessmentTimeliness,
        @Schema(example = "YOUTH_CAUTION") DecisionOutcome decisionOutcome,
        @Schema(example = "2026-11-20") LocalDate decidedOn,
        LocalDate closedOn,
        ClosureOutcome closureOutcome) {

    /** The {@code view} discriminator's value for this view. */
    public static final String STATUS = "STATUS";

    static ReferralStatusView of(PreventionReferral r, LocalDate today) {
        return new ReferralStatusView(STATUS, r.id, r.reference, r.status, r.source, r.referringOrganisation, r.receivedOn,
                r.assessmentDueDate, r.isTriaged(), PreventionReferralView.timeliness(r, today), r.decisionOutcome,
                r.decidedOn, r.closedOn, r.closureOutcome);
    }
}
