package uk.yos.cases.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompleteAssessmentRequest", description = "Complete a started assessment with its ratings. The "
        + "scaled approach defaults to the one the ratings indicate; a different one needs a reason.")
public record CompleteAssessmentRequest(
        @Schema(example = "2026-06-26") @NotNull @PastOrPresent LocalDate completedOn,
        @Schema(description = "Risk of serious harm", example = "MEDIUM") @NotNull HarmRating rosh,
        @Schema(example = "HIGH") @NotNull HarmRating safetyAndWellbeing,
        @Schema(description = "Likelihood of reoffending", example = "MEDIUM") @NotNull ReoffendingLikelihood reoffending,
        @Schema(description = "Only to override the indicated level", example = "ENHANCED") ScaledApproach scaledApproach,
        @Schema(description = "Why the indicated level was overridden", example = "Engages well; support from the "
                + "school is in place", maxLength = 1000) @Size(max = 1000) String overrideReason) {
}
