package uk.yos.victims.contact;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactRequest", description = "An attempt to reach the victim or a contact made")
public record ContactRequest(
        @Schema(example = "2026-10-06") @NotNull @PastOrPresent LocalDate contactedOn,
        @Schema(example = "PHONE") @NotNull ContactMethod method,
        @Schema(example = "SPOKE_WITH_VICTIM") @NotNull ContactOutcome outcome,
        @Schema(description = "RJ information was given (only with INFORMATION_SENT, SPOKE_WITH_VICTIM or "
                + "MET_VICTIM); the first such contact meets the Victims' Code deadline", example = "true")
        @NotNull Boolean rjInformationGiven,
        @Schema(example = "Explained RJ options; victim will think about a conference", maxLength = 1000)
        @Size(max = 1000) String notes) {
}
