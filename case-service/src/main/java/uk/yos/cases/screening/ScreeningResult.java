package uk.yos.cases.screening;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreeningResult", description = "A screening's outcome. CONCERNS_IDENTIFIED needs the referral made "
        + "and its date; NO_CONCERNS takes no referral.")
public record ScreeningResult(
        @Schema(example = "2026-06-12") @NotNull @PastOrPresent LocalDate completedOn,
        @Schema(example = "CONCERNS_IDENTIFIED") @NotNull ScreeningOutcome outcome,
        @Schema(example = "NATIONAL_REFERRAL_MECHANISM") ScreeningReferral referral,
        @Schema(example = "2026-06-12") @PastOrPresent LocalDate referralMadeOn,
        @Schema(example = "Found with large amounts of cash; older peers collect him from school", maxLength = 2000)
        @Size(max = 2000) String notes) {
}
