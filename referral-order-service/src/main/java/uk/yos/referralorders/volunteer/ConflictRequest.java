package uk.yos.referralorders.volunteer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConflictRequest", description = "A declared conflict of interest: CHILD with youngPersonId, or "
        + "VICTIM with victimId")
public record ConflictRequest(
        @Schema(example = "CHILD") @NotNull ConflictKind kind,
        @Schema(description = "case-service's young person id; required for CHILD, not allowed for VICTIM",
                example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d3f") UUID youngPersonId,
        @Schema(description = "victim-service's victim id; required for VICTIM, not allowed for CHILD",
                example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d50") UUID victimId,
        @Schema(description = "Defaults to today", example = "2026-11-02") @PastOrPresent LocalDate declaredOn,
        @Schema(example = "Neighbour of the family", maxLength = 500) @Size(max = 500) String note) {
}
