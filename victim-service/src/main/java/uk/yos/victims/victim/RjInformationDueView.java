package uk.yos.victims.victim;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RjInformationDue", description = "A victim still to be given RJ information, due soon or overdue")
public record RjInformationDueView(
        UUID id,
        UUID caseId,
        @Schema(maxLength = 100) String givenName,
        @Schema(maxLength = 100) String familyName,
        PreferredContactMethod preferredContactMethod,
        boolean enhancedRights,
        LocalDate referredOn,
        LocalDate rjInformationDueDate,
        @Schema(description = "The due date has passed") boolean overdue) {

    static RjInformationDueView of(Victim v, LocalDate today) {
        return new RjInformationDueView(v.id, v.caseId, v.givenName, v.familyName, v.preferredContactMethod,
                v.enhancedRights, v.referredOn, v.rjInformationDueDate, today.isAfter(v.rjInformationDueDate));
    }

    @Schema(name = "RjInformationDuePage")
    public record Page(List<RjInformationDueView> items, int page, int size, long totalItems,
            @Schema(description = "Victims due on or before this date are listed") LocalDate dueOnOrBefore) {
    }
}
