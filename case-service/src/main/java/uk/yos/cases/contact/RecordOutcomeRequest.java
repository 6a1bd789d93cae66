package uk.yos.cases.contact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordContactOutcomeRequest", description = "What became of an appointment whose time has passed. "
        + "ACCEPTABLE_ABSENCE needs the reason it was accepted; an UNACCEPTABLE_ABSENCE is a warning.")
public record RecordOutcomeRequest(
        @Schema(example = "ACCEPTABLE_ABSENCE") @NotNull ContactOutcome outcome,
        @Schema(description = "Required for ACCEPTABLE_ABSENCE; optional otherwise",
                example = "GP appointment, letter seen", maxLength = 1000)
        @Size(max = 1000) String reason) {
}
