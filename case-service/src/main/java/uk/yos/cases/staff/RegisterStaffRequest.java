package uk.yos.cases.staff;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterStaffRequest", description = "Register a YOS worker into a team")
public record RegisterStaffRequest(
        @Schema(description = "The worker's Keycloak user id: the sub of their tokens",
                example = "6f1c2a80-0000-4000-8000-000000000001", maxLength = 64)
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1 to 64 letters, digits or . _ : -")
        String subject,
        @Schema(example = "Sam Casemanager", maxLength = 200) @NotBlank @Size(max = 200) String displayName,
        @Schema(description = StaffRules.FTE_DESCRIPTION, example = "0.8", minimum = "0.1", maximum = "1.0")
        @NotNull @DecimalMin(value = "0.1", message = "must be 0.1 to 1.0")
        @DecimalMax(value = "1.0", message = "must be 0.1 to 1.0")
        @Digits(integer = 1, fraction = 2, message = "must have at most two decimals") BigDecimal fte,
        @Schema(description = "The team the worker joins; an operations manager registers workers into their own "
                + "team only") @NotNull @Valid MembershipRequest membership) {
}
