package uk.yos.victims.victim;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateVictimRequest", description = "A victim's personal details, replacing the recorded ones. The "
        + "case and offence cannot change: record the victim again against another case.")
public record UpdateVictimRequest(
        @Schema(example = "Sam", maxLength = 100) @NotBlank @Size(max = 100) String givenName,
        @Schema(example = "Victimson", maxLength = 100) @NotBlank @Size(max = 100) String familyName,
        @Schema(example = "1980-02-14") @Past LocalDate dateOfBirth,
        @Schema(example = "1 High Street, Kettering NN16 0AA", maxLength = 500) @Size(max = 500) String address,
        @Schema(example = "01536 000000", maxLength = 30)
        @Pattern(regexp = VictimDetails.PHONE_PATTERN, message = VictimDetails.PHONE_MESSAGE) String phone,
        @Schema(example = "sam@example.org", maxLength = 254) @Email @Size(max = 254) String email,
        @Schema(example = "PHONE") @NotNull PreferredContactMethod preferredContactMethod,
        @Schema(description = "Correcting it moves the RJ-information due date", example = "2026-10-05")
        @NotNull @PastOrPresent LocalDate referredOn,
        @Schema(example = "false") Boolean underEighteen,
        @Schema(example = "false") @NotNull Boolean vulnerableOrIntimidated,
        @Schema(example = "false") @NotNull Boolean mostSeriousCrime) implements VictimDetails {
}
