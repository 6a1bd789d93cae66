package uk.yos.cases.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordScreeningRequest", description = "A screening done without one being due: a contextual "
        + "safeguarding screening, or a repeat screening")
public record RecordScreeningRequest(
        @Schema(example = "CONTEXTUAL_SAFEGUARDING") @NotNull ScreeningKind kind,
        @NotNull @Valid ScreeningResult result) {
}
