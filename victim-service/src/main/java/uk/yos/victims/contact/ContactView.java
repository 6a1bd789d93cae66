package uk.yos.victims.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VictimContactRecord")
public record ContactView(
        UUID id,
        UUID victimId,
        LocalDate contactedOn,
        ContactMethod method,
        ContactOutcome outcome,
        @Schema(description = "The victim was reached (a contact), rather than an attempt") boolean contactMade,
        boolean rjInformationGiven,
        @Schema(maxLength = 1000) String notes,
        Instant recordedAt,
        @Schema(maxLength = 255) String recordedBy) {

    static ContactView of(VictimContact c) {
        return new ContactView(c.id, c.victimId, c.contactedOn, c.method, c.outcome, c.outcome.contactMade(),
                c.rjInformationGiven, c.notes, c.recordedAt, c.recordedBy);
    }
}
