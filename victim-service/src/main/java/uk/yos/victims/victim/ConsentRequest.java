package uk.yos.victims.victim;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentRequest", description = "What the victim has agreed to, each with the date it was given or "
        + "refused; null means not yet asked. To withdraw, use the withdrawal operation.")
public record ConsentRequest(
        @Schema(description = "The victim agreed to the police passing their details to the YOS", example = "true")
        Boolean policeConsentToShare,
        @Schema(example = "2026-10-01") @PastOrPresent LocalDate policeConsentOn,
        @Schema(description = "The victim agreed to be contacted by the YOS", example = "true")
        Boolean consentToContact,
        @Schema(example = "2026-10-06") @PastOrPresent LocalDate consentToContactOn,
        @Schema(description = "The victim agreed to be sent an evaluation form", example = "true")
        Boolean evaluationConsent,
        @Schema(example = "2026-10-06") @PastOrPresent LocalDate evaluationConsentOn) {
}
