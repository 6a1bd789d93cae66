package uk.yos.cases.caserecord;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateCaseRequest", description = "Correct an open case's type, date or owning team")
public record UpdateCaseRequest(
        @Schema(example = "YOUTH_CONDITIONAL_CAUTION") @NotNull CaseType caseType,
        @Schema(example = "2026-10-01") @NotNull @PastOrPresent LocalDate outcomeDate,
        @Schema(description = "Only an operations manager may change it", example = "NORTH_OOC", maxLength = 40)
        @NotBlank @Size(max = 40) String owningTeamCode) {
}
