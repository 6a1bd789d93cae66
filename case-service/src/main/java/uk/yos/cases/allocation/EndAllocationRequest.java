package uk.yos.cases.allocation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EndAllocationRequest")
public record EndAllocationRequest(
        @Schema(example = "2026-11-20") @NotNull @PastOrPresent LocalDate endDate) {
}
