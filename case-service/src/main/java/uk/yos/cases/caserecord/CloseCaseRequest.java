package uk.yos.cases.caserecord;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseCaseRequest", description = "Close a case with its end-of-order record")
public record CloseCaseRequest(
        @Schema(example = "COMPLETED") @NotNull ClosureReason closureReason,
        @Schema(example = "2026-11-20") @NotNull @PastOrPresent LocalDate closedOn,
        @Schema(description = "Hours of education, training or employment a week at closure", example = "25",
                minimum = "0", maximum = "60")
        @NotNull @Min(0) @Max(60) Integer eteHoursAtClosure,
        @Schema(description = "Whether the child's accommodation is suitable at closure", example = "true")
        @NotNull Boolean accommodationSuitable,
        @Schema(example = "true") @NotNull Boolean endOfOrderQuestionnaireCompleted,
        @Schema(example = "Order completed with good engagement", maxLength = 500) @Size(max = 500) String notes) {
}
