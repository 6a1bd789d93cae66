package uk.yos.referralorders.order;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateReferralOrderRequest", description = "Record a referral order made for a REFERRAL_ORDER case")
public record CreateReferralOrderRequest(
        @Schema(description = "case-service's case: of type REFERRAL_ORDER, OPEN, and one you can see",
                example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d40") @NotNull UUID caseId,
        @Schema(example = "2026-10-01") @NotNull @PastOrPresent LocalDate sentenceDate,
        @Schema(description = "The sentencing court", example = "Northampton Youth Court", maxLength = 200)
        @NotBlank @Size(max = 200) String court,
        @Schema(description = "Months, 3 to 12 (yos.referral-orders.min-length-months and max-length-months)",
                example = "6", minimum = "1", maximum = "36")
        @NotNull Integer lengthMonths) {
}
