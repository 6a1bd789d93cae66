package uk.yos.cases.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CurrentRatings", description = "The ratings and scaled approach in effect for a case, from the last "
        + "assessment to take effect, and what is outstanding: a sign-off, the next review. Every part is absent "
        + "when it does not apply (no assessment has taken effect yet, nothing awaits sign-off).")
public record CurrentRatingsView(
        UUID caseId,
        @Schema(description = "The assessment whose ratings are in effect") UUID assessmentId,
        LocalDate effectiveOn,
        HarmRating rosh,
        HarmRating safetyAndWellbeing,
        ReoffendingLikelihood reoffending,
        ScaledApproach scaledApproach,
        @Schema(description = "A completed assessment whose ratings wait for an operations manager's sign-off")
        UUID signOffOutstandingFor,
        LocalDate signOffDueDate,
        @Schema(description = "Whether the sign-off's due date has passed") Boolean signOffOverdue,
        @Schema(description = "The open review's due date") LocalDate nextReviewDue) {

    static CurrentRatingsView of(UUID caseId, Assessment inEffect, Assessment awaitingSignOff, Assessment openReview,
            LocalDate today) {
        return new CurrentRatingsView(caseId,
                inEffect == null ? null : inEffect.id,
                inEffect == null ? null : inEffect.effectiveOn,
                inEffect == null ? null : inEffect.rosh,
                inEffect == null ? null : inEffect.safetyAndWellbeing,
                inEffect == null ? null : inEffect.reoffending,
                inEffect == null ? null : inEffect.scaledApproach,
                awaitingSignOff == null ? null : awaitingSignOff.id,
                awaitingSignOff == null ? null : awaitingSignOff.signOffDueDate,
                awaitingSignOff == null ? null : today.isAfter(awaitingSignOff.signOffDueDate),
                openReview == null ? null : openReview.dueDate);
    }
}
