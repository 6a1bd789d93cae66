package uk.yos.referralorders.order;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MissedAppointmentRequest", description = "An appointment of the order the child missed")
public record MissedAppointmentRequest(
        @Schema(example = "2027-01-12") @NotNull @PastOrPresent LocalDate missedOn,
        @Schema(example = "REPARATION") @NotNull MissedAppointmentKind kind,
        @Schema(example = "No contact beforehand", maxLength = 500) @Size(max = 500) String note) {
}
