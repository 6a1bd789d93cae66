package uk.yos.victims.victim;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentWithdrawalRequest", description = "The victim withdraws from contact and RJ: afterwards no "
        + "contact, intervention, referral or evaluation can be recorded, and open interventions are withdrawn")
public record ConsentWithdrawalRequest(
        @Schema(example = "2026-10-20") @NotNull @PastOrPresent LocalDate withdrawnOn,
        @Schema(example = "Victim no longer wishes to take part", maxLength = 1000)
        @NotBlank @Size(max = 1000) String reason) {
}
