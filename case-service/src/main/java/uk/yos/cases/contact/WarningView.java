package uk.yos.cases.contact;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactWarning", description = "A warning for an unacceptable absence, dated on the missed "
        + "appointment's day")
public record WarningView(
        UUID id,
        UUID contactId,
        LocalDate warnedOn,
        @Schema(description = "The breach consideration it counted towards; absent while it counts towards none")
        UUID breachConsiderationId) {

    static WarningView of(ContactWarning w) {
        return new WarningView(w.id, w.contactId, w.warnedOn, w.breachConsiderationId);
    }
}
