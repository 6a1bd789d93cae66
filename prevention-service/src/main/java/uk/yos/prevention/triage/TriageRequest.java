package uk.yos.prevention.triage;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.contract.Ethnicity;

@Schema(name = "PreventionTriageRequest", description = "Triage and assessment as they stand: replaces what was "
        + "recorded before. Every date is on or after the day the referral was received, and not in the future.")
public record TriageRequest(
        @Schema(description = "The day triage and assessment were completed; leave out while still in progress. "
                + "Compared with the referral's assessmentDueDate.", example = "2026-11-12")
        @PastOrPresent LocalDate assessmentCompletedOn,
        @Schema(example = "Seen with parent at home; engaged well", maxLength = 2000) @Size(max = 2000) String notes,
        @Schema(description = "The day the Prevention and Diversion Assessment Tool was completed: required before "
                + "a decision on an OFFENCE (diversion) referral, optional for a RISK (prevention) referral",
                example = "2026-11-10")
        @PastOrPresent LocalDate padatCompletedOn,
        @Valid CamhsScreeningRequest camhsScreening,
        @Schema(example = "GIVEN") @NotNull VoluntaryWorkConsent voluntaryWorkConsent,
        @Schema(description = "Required when consent is GIVEN or DECLINED; left out when NOT_YET_ASKED",
                example = "2026-11-10")
        @PastOrPresent LocalDate consentRecordedOn,
        @Schema(description = "What case-service needs to record the child: required before a youth caution or "
                + "youth conditional caution decision")
        @Valid ChildCaseDetailsRequest child) {

    @Schema(name = "PreventionCamhsScreeningRequest", description = "The health and justice (CAMHS) screening")
    public record CamhsScreeningRequest(
            @Schema(example = "2026-11-09") @NotNull @PastOrPresent LocalDate screenedOn,
            @Schema(example = "NO_CONCERNS_IDENTIFIED") @NotNull CamhsOutcome outcome,
            @Schema(maxLength = 1000) @Size(max = 1000) String notes) {
    }

    @Schema(name = "PreventionChildCaseDetailsRequest")
    public record ChildCaseDetailsRequest(
            @Schema(description = "ONS 2021 ethnic group", example = "WHITE_BRITISH") @NotNull Ethnicity ethnicity,
            @Schema(description = "A locality code from case-service's reference data", example = "KETTERING",
                    maxLength = 40)
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be an UPPER_SNAKE_CASE locality code")
            String localityCode,
            @Schema(description = "Looked-after child", example = "false") @NotNull Boolean childInCare,
            @Schema(description = "Special educational needs and disabilities", example = "false") @NotNull Boolean send,
            @Schema(description = "Has an education, health and care plan", example = "false") @NotNull Boolean ehcp) {
    }
}
