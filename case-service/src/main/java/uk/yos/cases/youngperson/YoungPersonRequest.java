package uk.yos.cases.youngperson;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.contract.Ethnicity;
import uk.yos.cases.contract.Gender;

@Schema(name = "YoungPersonRequest", description = "A child's details, for a new record or a full replacement")
public record YoungPersonRequest(
        @Schema(description = "The YOS's own reference, unique", example = "NYOS-2026-0042", maxLength = 30)
        @NotBlank @Pattern(regexp = "[A-Za-z0-9/_-]{1,30}", message = "must be 1 to 30 letters, digits, / _ or -")
        String localReference,
        @Schema(description = "Police National Computer id, YYYY/NNNNNNNL with its check letter",
                example = "2024/0012345H", maxLength = 13)
        @Size(max = 13) String pncId,
        @Schema(example = "Alex", maxLength = 100) @NotBlank @Size(max = 100) String givenName,
        @Schema(example = "Example", maxLength = 100) @NotBlank @Size(max = 100) String familyName,
        @Schema(example = "Lex", maxLength = 100) @Size(max = 100) String preferredName,
        @Schema(example = "2011-04-09") @NotNull @Past LocalDate dateOfBirth,
        @Schema(example = "MALE") @NotNull Gender gender,
        @Schema(description = "ONS 2021 ethnic group", example = "WHITE_BRITISH") @NotNull Ethnicity ethnicity,
        @Schema(description = "A locality code from reference data", example = "KETTERING", maxLength = 40)
        @NotBlank @Size(max = 40) String localityCode,
        @Schema(description = "The responsible team; defaults to the caller's team", example = "NORTH_OOC",
                maxLength = 40)
        @Size(max = 40) String teamCode,
        @Schema(description = "Looked-after child", example = "false") @NotNull Boolean childInCare,
        @Schema(description = "Special educational needs and disabilities", example = "true") @NotNull Boolean send,
        @Schema(description = "Has an education, health and care plan", example = "false") @NotNull Boolean ehcp) {
}
