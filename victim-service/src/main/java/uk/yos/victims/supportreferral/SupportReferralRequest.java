package uk.yos.victims.supportreferral;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportReferralRequest", description = "A referral to a specialist support service, made with the "
        + "victim's agreement")
public record SupportReferralRequest(
        @Schema(example = "Young victims' therapeutic service", maxLength = 200)
        @NotBlank @Size(max = 200) String serviceName,
        @Schema(example = "Anxiety since the offence; would like someone to talk to", maxLength = 1000)
        @NotBlank @Size(max = 1000) String reason,
        @Schema(example = "2026-10-09") @NotNull @PastOrPresent LocalDate referredOn,
        @Schema(description = "The victim agreed to this referral (required: true)", example = "true")
        @NotNull @AssertTrue(message = "must be true: a referral needs the victim's agreement") Boolean victimAgreed) {
}
