package uk.yos.referralorders.volunteer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerStatusChangeRequest", description = "Move a volunteer to another status: APPLICANT to "
        + "TRAINED or LEFT; TRAINED to ACTIVE, PAUSED or LEFT; ACTIVE to PAUSED or LEFT; PAUSED to ACTIVE or LEFT; "
        + "LEFT to APPLICANT (a new application)")
public record StatusChangeRequest(
        @Schema(example = "ACTIVE") @NotNull VolunteerStatus status,
        @Schema(description = "Defaults to today", example = "2026-11-02") @PastOrPresent LocalDate effectiveOn,
        @Schema(example = "Completed initial training and vetting", maxLength = 500) @Size(max = 500) String reason) {
}
