package uk.yos.cases.allocation;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseType;

@Schema(name = "CaseloadItem", description = "A worker's current allocation on an open case; no child's details")
public record CaseloadItem(
        UUID allocationId,
        UUID caseId,
        AllocationRole role,
        LocalDate startDate,
        @Schema(maxLength = 40, example = "NORTH_OOC") String owningTeamCode,
        CaseType caseType) {

    static CaseloadItem of(Allocation a, CaseRecord c) {
        return new CaseloadItem(a.id, c.id, a.role, a.startDate, c.owningTeamCode, c.caseType);
    }
}
