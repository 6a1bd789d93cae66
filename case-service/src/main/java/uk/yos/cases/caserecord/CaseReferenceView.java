package uk.yos.cases.caserecord;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What other services check a case id against before they refer to it: no names, dates of birth or free text,
 * because callers such as the RJ team and panel coordinators may not read the case itself.
 */
@Schema(name = "CaseReference", description = "A case as other services refer to it: no personal details")
public record CaseReferenceView(
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d40") UUID id,
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d3f") UUID youngPersonId,
        @Schema(example = "REFERRAL_ORDER") CaseType caseType,
        @Schema(example = "COURT") CaseCategory category,
        @Schema(example = "OPEN") CaseStatus status,
        @Schema(example = "NORTH_OOC", maxLength = 40) String owningTeamCode,
        @Schema(example = "2026-10-01") LocalDate outcomeDate,
        @Schema(maxItems = 50) List<OffenceReference> offences) {

    /** An offence without its description. */
    @Schema(name = "CaseReferenceOffence")
    public record OffenceReference(
            @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d41") UUID id,
            @Schema(example = "THEFT", maxLength = 40) String offenceTypeCode,
            @Schema(example = "2026-09-20") LocalDate offenceDate,
            @Schema(example = "2", minimum = "1", maximum = "8") int gravityScore) {
    }

    static CaseReferenceView of(CaseRecord c) {
        return new CaseReferenceView(c.id, c.youngPersonId, c.caseType, c.caseType.category(), c.status,
                c.owningTeamCode, c.outcomeDate, c.offences.stream()
                        .map(o -> new OffenceReference(o.id, o.offenceTypeCode, o.offenceDate, o.gravityScore))
                        .toList());
    }
}
