package uk.yos.cases.caserecord;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Offence")
public record OffenceView(UUID id, @Schema(maxLength = 40) String offenceTypeCode,
        @Schema(maxLength = 500) String description, @Schema(minimum = "1", maximum = "8") int gravityScore, LocalDate offenceDate) {

    static OffenceView of(Offence offence) {
        return new OffenceView(offence.id, offence.offenceTypeCode, offence.description, offence.gravityScore,
                offence.offenceDate);
    }
}
