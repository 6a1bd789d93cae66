package uk.yos.referralorders.order;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevocationRequestRequest", description = "An application to the court to revoke an ACTIVE order")
public record RevocationApplication(
        @Schema(example = "2027-02-01") @NotNull @PastOrPresent LocalDate requestedOn,
        @Schema(example = "Early revocation for good progress", maxLength = 500) @NotBlank @Size(max = 500) String reason) {
}
