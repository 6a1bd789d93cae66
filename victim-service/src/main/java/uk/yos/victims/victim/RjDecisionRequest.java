package uk.yos.victims.victim;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RjDecisionRequest", description = "Whether the YOS offers the victim restorative justice, and why "
        + "(the reasons are required either way). The decision maker is the caller.")
public record RjDecisionRequest(
        @Schema(example = "true") @NotNull Boolean offered,
        @Schema(example = "Victim is keen to meet; the child has accepted responsibility", maxLength = 2000)
        @NotBlank @Size(max = 2000) String reasons,
        @Schema(example = "2026-10-08") @NotNull @PastOrPresent LocalDate decidedOn) {
}
