package uk.yos.referralorders.panel;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DebriefRequest", description = "The debrief given to the panellists after a held panel")
public record DebriefRequest(
        @Schema(example = "2026-10-20") @NotNull @PastOrPresent LocalDate debriefedOn,
        @Schema(example = "Discussed how to handle the parent's interruptions", maxLength = 2000)
        @NotBlank @Size(max = 2000) String notes) {
}
