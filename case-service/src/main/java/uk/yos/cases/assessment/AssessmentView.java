package uk.yos.cases.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assessment", description = "One assessment of a case: when it is due, when it was started and "
        + "completed, its ratings and the scaled approach, and whether a manager's sign-off is outstanding")
public record AssessmentView(
        UUID id,
        UUID caseId,
        AssessmentTool tool,
        AssessmentStage stage,
        AssessmentStatus status,
        @Schema(description = "Worked out in working days (start), from the last assessment (review) or the order's "
                + "end (end of order)", example = "2026-07-06") LocalDate dueDate,
        @Schema(description = "The significant change that brought this review forward", maxLength = 1000)
        String significantChange,
        LocalDate significantChangeOn,
        LocalDate startedOn,
        LocalDate completedOn,
        @Schema(description = "Whether it was completed on or before its due date; absent until completed")
        Boolean onTime,
        @Schema(maxLength = 255) String completedBy,
        @Schema(description = "Risk of serious harm") HarmRating rosh,
        HarmRating safetyAndWellbeing,
        @Schema(description = "Likelihood of reoffending") ReoffendingLikelihood reoffending,
        @Schema(description = "The level the area's matrix gives for these ratings") ScaledApproach scaledApproachIndicated,
        @Schema(description = "The level chosen: the indicated one unless overridden with a reason")
        ScaledApproach scaledApproach,
        @Schema(maxLength = 1000) String overrideReason,
        SignOff signOff,
        @Schema(description = "While sign-off is outstanding: the day a manager must decide by")
        LocalDate signOffDueDate,
        LocalDate signedOffOn,
        @Schema(maxLength = 255) String signedOffBy,
        @Schema(description = "The day its ratings took effect") LocalDate effectiveOn) {

    static AssessmentView of(Assessment a, LocalDate today) {
        return new AssessmentView(a.id, a.caseId, a.tool, a.stage, AssessmentStatus.of(a, today), a.dueDate,
                a.significantChange, a.significantChangeOn, a.startedOn, a.completedOn, a.completedOnTime(),
                a.completedBy, a.rosh, a.safetyAndWellbeing, a.reoffending, a.scaledApproachIndicated,
                a.scaledApproach, a.overrideReason, a.signOff, a.signOffDueDate, a.signedOffOn, a.signedOffBy,
                a.effectiveOn);
    }
}
