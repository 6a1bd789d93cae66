package uk.yos.cases.referencedata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferenceItemRequest", description = "A new or changed area, locality, team or offence type")
public record ReferenceItemRequest(
        @Schema(description = "Ignored on update (the code is in the path)", example = "NORTH_OOC", maxLength = 40)
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be 1 to 40 upper-case letters, digits or _")
        String code,
        @Schema(example = "North out-of-court team", maxLength = 120) @NotBlank @Size(max = 120) String name,
        @Schema(example = "NORTH", maxLength = 40) @Size(max = 40) String areaCode,
        @Schema(example = "true") @NotNull Boolean active) {
}
