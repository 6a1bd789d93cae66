package uk.yos.cases.youngperson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.contract.Ethnicity;
import uk.yos.cases.contract.Gender;

@Schema(name = "YoungPerson", description = "A child known to the YOS")
public record YoungPersonView(
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d3f") UUID id,
        @Schema(example = "NYOS-2026-0042", maxLength = 30) String localReference,
        @Schema(example = "2024/0012345H", maxLength = 13) String pncId,
        @Schema(example = "Alex", maxLength = 100) String givenName,
        @Schema(example = "Example", maxLength = 100) String familyName,
        @Schema(example = "Lex", maxLength = 100) String preferredName,
        @Schema(example = "2011-04-09") LocalDate dateOfBirth,
        Gender gender,
        Ethnicity ethnicity,
        @Schema(example = "KETTERING", maxLength = 40) String localityCode,
        @Schema(example = "NORTH", maxLength = 40) String areaCode,
        @Schema(example = "NORTH_OOC", maxLength = 40) String teamCode,
        boolean childInCare,
        boolean send,
        boolean ehcp,
        Instant createdAt,
        Instant updatedAt) {

    public static YoungPersonView of(YoungPerson yp) {
        return new YoungPersonView(yp.id, yp.localReference, yp.pncId, yp.givenName, yp.familyName,
                yp.preferredName, yp.dateOfBirth, yp.gender, yp.ethnicity, yp.localityCode, yp.areaCode,
                yp.teamCode, yp.childInCare, yp.send, yp.ehcp, yp.createdAt, yp.updatedAt);
    }
}
