package uk.yos.cases.staff;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateStaffRequest", description = "A worker's name and working hours")
public record UpdateStaffRequest(
        @Schema(example = "Sam Casemanager-Smith", maxLength = 200) @NotBlank @Size(max = 200) String displayName,
        @Schema(description = StaffRules.FTE_DESCRIPTION, example = "0.6", minimum = "0.1", maximum = "1.0")
        @NotNull @DecimalMin(value = "0.1", message = "must be 0.1 to 1.0")
        @DecimalMax(value = "1.0", message = "must be 0.1 to 1.0")
        @Digits(integer = 1, fraction = 2, message = "must have at most two decimals") BigDecimal fte) {
}
