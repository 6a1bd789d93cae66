package uk.yos.referralorders.volunteer;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerSummary", description = "A volunteer as the list shows them")
public record VolunteerSummaryView(
        UUID id,
        @Schema(maxLength = 100) String givenName,
        @Schema(maxLength = 100) String familyName,
        VolunteerStatus status,
        boolean representative,
        boolean mentor,
        boolean chairTrained,
        LocalDate dbsExpiresOn) {
}
