package uk.yos.referralorders.volunteer;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerRequest", description = "A volunteer's profile, for a new record or a full replacement. "
        + "Status, DBS checks, training and conflicts of interest have their own operations.")
public record VolunteerRequest(
        @Schema(example = "Jordan", maxLength = 100) @NotBlank @Size(max = 100) String givenName,
        @Schema(example = "Volunteer", maxLength = 100) @NotBlank @Size(max = 100) String familyName,
        @Schema(example = "jordan.volunteer@example.org", maxLength = 254) @Email @Size(max = 254) String email,
        @Schema(example = "07700 900123", maxLength = 30)
        @Pattern(regexp = "[0-9 +()-]{6,30}", message = "must be 6 to 30 digits, spaces or + ( ) -") String phone,
        @Schema(description = "Also acts as a community representative", example = "false") Boolean representative,
        @Schema(description = "Also mentors children on orders", example = "true") Boolean mentor,
        @Schema(description = "The volunteer's Keycloak account id (token `sub`), so that they can sign in as a "
                + "panel-volunteer and see their panels. Unique.",
                example = "6f1c2a80-0000-4000-8000-000000000008", maxLength = 64)
        @Pattern(regexp = "[A-Za-z0-9._:@-]{1,64}", message = "must be 1 to 64 letters, digits or . _ : @ -")
        String userSubject,
        @Schema(maxItems = 21) @Size(max = 21) List<@Valid @NotNull AvailabilitySlotDto> availability,
        @Schema(description = "Availability in the volunteer's words", example = "Not in August", maxLength = 500)
        @Size(max = 500) String availabilityNote) {
}
