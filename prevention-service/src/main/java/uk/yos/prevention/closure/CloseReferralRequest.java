package uk.yos.prevention.closure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosePreventionReferralRequest", description = "Close a referral with its outcome")
public record CloseReferralRequest(
        @Schema(description = "On or after the day received and the day decided", example = "2027-02-15")
        @NotNull @PastOrPresent LocalDate closedOn,
        @Schema(example = "ENGAGED_AND_COMPLETED") @NotNull ClosureOutcome outcome,
        @Schema(description = "Required when the outcome is OTHER", maxLength = 1000,
                example = "Completed 8 weeks of sessions with the prevention worker")
        @Size(max = 1000) String notes) {
}
