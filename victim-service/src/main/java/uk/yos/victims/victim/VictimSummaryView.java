package uk.yos.victims.victim;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VictimSummary", description = "A victim as lists show them: names, no contact details")
public record VictimSummaryView(
        UUID id,
        UUID caseId,
        UUID offenceId,
        @Schema(maxLength = 100) String givenName,
        @Schema(maxLength = 100) String familyName,
        LocalDate referredOn,
        boolean enhancedRights,
        LocalDate rjInformationDueDate,
        LocalDate rjInformationGivenOn,
        Boolean rjInformationDueMet,
        Boolean rjOffered,
        boolean consentWithdrawn) {

    public static VictimSummaryView of(Victim v, LocalDate today) {
        return new VictimSummaryView(v.id, v.caseId, v.offenceId, v.givenName, v.familyName, v.referredOn,
                v.enhancedRights, v.rjInformationDueDate, v.rjInformationGivenOn, v.rjInformationDueMet(today),
                v.rjOffered, v.consentWithdrawn());
    }
}
