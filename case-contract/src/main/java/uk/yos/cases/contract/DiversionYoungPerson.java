package uk.yos.cases.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The child a diversion intake is about. case-service checks it with the same rules as a child recorded directly
 * (its {@code YoungPersonRequest}), except the team, which is always the case's owning team, and no preferred name,
 * which prevention does not send. A PNC id must pass {@link PncIds}.
 */
@Schema(name = "DiversionYoungPerson", description = "The child: matched to a recorded child, or recorded anew")
public record DiversionYoungPerson(
        @Schema(description = "The reference to record if the child is new; unique", example = "PD-2026-1a2b3c4d",
                maxLength = 30)
        @NotBlank @Pattern(regexp = "[A-Za-z0-9/_-]{1,30}", message = "must be 1 to 30 letters, digits, / _ or -")
        String localReference,
        @Schema(description = "Police National Computer id, YYYY/NNNNNNNL with its check letter; matched first",
                example = "2024/0012345H", maxLength = 13)
        @Size(max = 13) String pncId,
        @Schema(example = "Alex", maxLength = 100) @NotBlank @Size(max = 100) String givenName,
        @Schema(example = "Example", maxLength = 100) @NotBlank @Size(max = 100) String familyName,
        @Schema(example = "2011-04-09") @NotNull @Past LocalDate dateOfBirth,
        @Schema(example = "MALE") @NotNull Gender gender,
        @Schema(description = "ONS 2021 ethnic group", example = "WHITE_BRITISH") @NotNull Ethnicity ethnicity,
        @Schema(description = "A locality code from reference data", example = "KETTERING", maxLength = 40)
        @NotBlank @Size(max = 40) String localityCode,
        @Schema(description = "Looked-after child", example = "false") @NotNull Boolean childInCare,
        @Schema(description = "Special educational needs and disabilities", example = "false") @NotNull Boolean send,
        @Schema(description = "Has an education, health and care plan", example = "false") @NotNull Boolean ehcp) {
}
