package uk.yos.victims.evaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationRequest", description = "An evaluation form sent to the victim and, if returned, the answers")
public record EvaluationRequest(
        @Schema(example = "2026-11-10") @NotNull @PastOrPresent LocalDate sentOn,
        @Schema(description = "When the form came back; the answers need it", example = "2026-11-20")
        @PastOrPresent LocalDate returnedOn,
        @Schema(description = "1 (very dissatisfied) to 5 (very satisfied)", example = "4", minimum = "1",
                maximum = "5")
        @Min(1) @Max(5) Integer satisfaction,
        @Schema(example = "true") Boolean feltListenedTo,
        @Schema(example = "The worker kept me informed throughout", maxLength = 2000)
        @Size(max = 2000) String comments) {
}
