package uk.yos.referralorders.volunteer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingRequest", description = "A training course the volunteer has completed")
public record TrainingRequest(
        @Schema(example = "CHAIR") @NotNull TrainingKind kind,
        @Schema(example = "2026-03-10") @NotNull @PastOrPresent LocalDate completedOn,
        @Schema(example = "County YOS training team", maxLength = 200) @Size(max = 200) String provider) {
}
