package uk.yos.referralorders.order;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrectReferralOrderRequest", description = "Correct an order's sentence details entered in error")
public record CorrectReferralOrderRequest(
        @Schema(example = "2026-10-01") @NotNull @PastOrPresent LocalDate sentenceDate,
        @Schema(example = "Northampton Youth Court", maxLength = 200) @NotBlank @Size(max = 200) String court,
        @Schema(description = "Months, 3 to 12; with the extensions at most 12", example = "6", minimum = "1",
                maximum = "36")
        @NotNull Integer lengthMonths) {
}
