package uk.yos.cases.contract;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What prevention-service sends to {@code POST /api/v1/cases/diversion-intakes} ({@link CaseServicePaths}): exactly
 * the fields case-service reads, which refuses unknown ones. The constraints are case-service's (it validates the
 * body with them); a sender need not check them itself, but a body that breaks one is refused with 400.
 */
@Schema(name = "DiversionIntakeRequest",
        description = "A prevention decision (youth caution or youth conditional caution) that opens a case")
public record DiversionIntakeRequest(
        @Schema(description = "The deciding record in the calling service; at most one case is ever opened per "
                + "value", example = "prevention-referral:01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d42", maxLength = 80)
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._:/-]{1,80}", message = "must be 1 to 80 letters, digits, . _ : / or -")
        String sourceReference,
        @Schema(example = "YOUTH_CAUTION") @NotNull DiversionCaseType caseType,
        @Schema(description = "The date of the out-of-court outcome", example = "2026-11-20")
        @NotNull @PastOrPresent LocalDate outcomeDate,
        @Schema(description = "An active team code; the team owns the case (and a newly recorded child)",
                example = "NORTH_OOC", maxLength = 40)
        @NotBlank @Size(max = 40) String owningTeamCode,
        @NotNull @Valid DiversionYoungPerson youngPerson,
        @Schema(description = "The child must have been 10 to 17 on each offence's date", minItems = 1, maxItems = 50)
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull OffenceRequest> offences) {
}
