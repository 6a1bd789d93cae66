package uk.yos.cases.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offence as case-service takes it: on a case it opens or corrects, and in a {@link DiversionIntakeRequest}.
 */
@Schema(name = "OffenceRequest", description = "An offence; the child must have been 10 to 17 on its date")
public record OffenceRequest(
        @Schema(description = "An offence-type code from reference data", example = "THEFT", maxLength = 40)
        @NotBlank @Size(max = 40) String offenceTypeCode,
        @Schema(example = "Shoplifting from a supermarket", maxLength = 500) @NotBlank @Size(max = 500) String description,
        @Schema(description = "YJB gravity score", example = "2", minimum = "1", maximum = "8")
        @NotNull @Min(1) @Max(8) Integer gravityScore,
        @Schema(example = "2026-09-20") @NotNull @PastOrPresent LocalDate offenceDate) {
}
