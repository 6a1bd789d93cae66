package uk.yos.cases.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleAssessmentRequest", description = "Make an assessment due. START: for a case that has none "
        + "(cases get one when they open); REVIEW: for a significant change, with what changed and when, which brings "
        + "the next review forward; END_OF_ORDER: with the order's end date, its due date.")
public record ScheduleAssessmentRequest(
        @Schema(example = "REVIEW") @NotNull AssessmentStage stage,
        @Schema(description = "REVIEW only: what changed", example = "Moved into supported accommodation after a "
                + "family breakdown", maxLength = 1000) @Size(max = 1000) String significantChange,
        @Schema(description = "REVIEW only: the day it changed", example = "2026-06-12")
        @PastOrPresent LocalDate significantChangeOn,
        @Schema(description = "END_OF_ORDER only: the day the order or intervention ends", example = "2027-03-31")
        LocalDate orderEndDate) {
}
