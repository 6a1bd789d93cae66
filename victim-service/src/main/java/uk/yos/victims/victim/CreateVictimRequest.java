package uk.yos.victims.victim;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateVictimRequest", description = "A victim the police passed on, linked to a case and one of its "
        + "offences (both checked with case-service)")
public record CreateVictimRequest(
        @Schema(description = "The case in case-service", example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d40")
        @NotNull UUID caseId,
        @Schema(description = "One of the case's offences", example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d41")
        @NotNull UUID offenceId,
        @Schema(example = "Sam", maxLength = 100) @NotBlank @Size(max = 100) String givenName,
        @Schema(example = "Victimson", maxLength = 100) @NotBlank @Size(max = 100) String familyName,
        @Schema(description = "When known; decides underEighteen", example = "1980-02-14") @Past LocalDate dateOfBirth,
        @Schema(description = "Postal address (encrypted at rest)", example = "1 High Street, Kettering NN16 0AA",
                maxLength = 500)
        @Size(max = 500) String address,
        @Schema(description = "Encrypted at rest", example = "01536 000000", maxLength = 30)
        @Pattern(regexp = VictimDetails.PHONE_PATTERN, message = VictimDetails.PHONE_MESSAGE) String phone,
        @Schema(description = "Encrypted at rest", example = "sam@example.org", maxLength = 254)
        @Email @Size(max = 254) String email,
        @Schema(description = "PHONE, EMAIL and LETTER need the phone, email or address", example = "PHONE")
        @NotNull PreferredContactMethod preferredContactMethod,
        @Schema(description = "The date the police passed the victim's details on; starts the RJ-information clock",
                example = "2026-10-05")
        @NotNull @PastOrPresent LocalDate referredOn,
        @Schema(description = "Derived from dateOfBirth on referredOn when that is given (a contradicting value is "
                + "refused); otherwise as stated, default false", example = "false")
        Boolean underEighteen,
        @Schema(description = "Vulnerable or intimidated victim (enhanced rights)", example = "false")
        @NotNull Boolean vulnerableOrIntimidated,
        @Schema(description = "Victim of the most serious crime (enhanced rights)", example = "false")
        @NotNull Boolean mostSeriousCrime) implements VictimDetails {
}
