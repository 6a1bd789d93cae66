package uk.yos.prevention.referral;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.contract.Gender;
import uk.yos.prevention.decision.DecisionOutcome;

@Schema(name = "CreatePreventionReferralRequest",
        description = "A referral: who referred, the child as the referrer knows them, and why")
public record CreateReferralRequest(
        @Schema(description = "Who referred. Required for prevention-worker; a police-referrer's referral is "
                + "always POLICE (leave it out, or send POLICE).", example = "POLICE")
        ReferralSource source,
        @Schema(description = "The referring organisation's code. Required for prevention-worker; for a "
                + "police-referrer it is always the token's organisation (leave it out, or send the same value: "
                + "any other is 422).", example = "NORTHAMPTONSHIRE_POLICE", maxLength = 50)
        @Pattern(regexp = ORGANISATION_CODE, message = "must be an UPPER_SNAKE_CASE organisation code of 2 to 50 characters")
        String referringOrganisation,
        @NotNull @Valid ReferrerRequest referrer,
        @Schema(description = "The day the YOS received the referral; defaults to today. A police-referrer's "
                + "referral is received the day it is sent (leave it out, or send today: any other is 422).",
                example = "2026-11-20")
        @PastOrPresent LocalDate receivedOn,
        @NotNull @Valid ChildRequest child,
        @NotNull @Valid ReasonRequest reason) {

    public static final String ORGANISATION_CODE = "[A-Z][A-Z0-9_]{1,49}";

    @Schema(name = "PreventionReferrer", description = "The person who made the referral")
    public record ReferrerRequest(
            @Schema(example = "PC 1234 Jane Smith", maxLength = 200) @NotBlank @Size(max = 200) String name,
            @Schema(description = "Phone or email", example = "jane.smith@police.example", maxLength = 200)
            @Size(max = 200) String contact) {
    }

    @Schema(name = "PreventionReferralChild", description = "The child as the referrer knows them")
    public record ChildRequest(
            @Schema(example = "Alex", maxLength = 100) @NotBlank @Size(max = 100) String givenName,
            @Schema(example = "Example", maxLength = 100) @NotBlank @Size(max = 100) String familyName,
            @Schema(description = "The child must be 10 to 17 on the day the referral is received",
                    example = "2012-04-09")
            @NotNull @Past LocalDate dateOfBirth,
            @Schema(example = "MALE") @NotNull Gender gender,
            @Schema(example = "1 Example Street, Kettering NN16 0AA", maxLength = 500) @Size(max = 500) String address,
            @Schema(example = "Kettering Example Academy", maxLength = 200) @Size(max = 200) String school,
            @Schema(description = "Police National Computer id, YYYY/NNNNNNNL with its check letter",
                    example = "2024/0012345H", maxLength = 13)
            @Size(max = 13) String pncId) {
    }

    @Schema(name = "PreventionReferralReason",
            description = "OFFENCE (a diversion referral) with `offence`, or RISK (a prevention referral) with `risk`")
    public record ReasonRequest(
            @Schema(example = "OFFENCE") @NotNull ReasonType type,
            @Valid OffenceRequest offence,
            @Valid RiskRequest risk) {
    }

    @Schema(name = "PreventionReferralOffence", description = "The offence an out-of-court outcome is being considered for")
    public record OffenceRequest(
            @Schema(description = "An offence-type code from case-service's reference data", example = "THEFT",
                    maxLength = 40)
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be an UPPER_SNAKE_CASE offence-type code")
            String offenceTypeCode,
            @Schema(example = "Shoplifting from a supermarket", maxLength = 500)
            @NotBlank @Size(max = 500) String description,
            @Schema(description = "On or before the day received; the child must have been 10 to 17",
                    example = "2026-11-01")
            @NotNull @PastOrPresent LocalDate offenceDate,
            @Schema(description = "YJB gravity score", example = "2", minimum = "1", maximum = "8")
            @NotNull @Min(1) @Max(8) Integer gravityScore,
            @Schema(description = "The outcome the police are considering; null if they have no view yet",
                    example = "YOUTH_CAUTION")
            DecisionOutcome outcomeConsidered) {
    }

    @Schema(name = "PreventionReferralRisk", description = "The risks the child faces or poses")
    public record RiskRequest(
            @Schema(description = "One or more; OTHER needs the detail", minItems = 1, maxItems = 7)
            @NotEmpty @Size(max = 7) Set<@NotNull RiskCategory> categories,
            @Schema(example = "Seen with older youths linked to county lines", maxLength = 1000)
            @Size(max = 1000) String detail) {
    }
}
