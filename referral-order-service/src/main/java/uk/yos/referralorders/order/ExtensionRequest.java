package uk.yos.referralorders.order;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionRequest", description = "An extension the court granted. Extensions add at most 3 months "
        + "in all and never take the order past 12 months (422 otherwise)")
public record ExtensionRequest(
        @Schema(example = "2", minimum = "1", maximum = "12") @NotNull @Min(1) @Max(12) Integer months,
        @Schema(example = "2027-01-20") @NotNull @PastOrPresent LocalDate grantedOn,
        @Schema(example = "More time to complete reparation", maxLength = 500) @NotBlank @Size(max = 500) String reason) {
}
