package uk.yos.cases.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StartAssessmentRequest", description = "Record the day work on an assessment began")
public record StartAssessmentRequest(
        @Schema(example = "2026-06-15") @NotNull @PastOrPresent LocalDate startedOn) {
}
