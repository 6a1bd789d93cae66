package uk.yos.referralorders.volunteer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DbsCheckRequest", description = "The volunteer's current DBS check")
public record DbsCheckRequest(
        @Schema(example = "2026-01-15") @NotNull @PastOrPresent LocalDate checkedOn,
        @Schema(description = "Defaults to checkedOn plus yos.referral-orders.volunteers.dbs-validity-months "
                + "(36 by default)", example = "2029-01-15") LocalDate expiresOn) {
}
