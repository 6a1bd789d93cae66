package uk.yos.cases.caserecord;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseSummary", description = "A case as it appears in lists")
public record CaseSummaryView(UUID id, UUID youngPersonId, CaseType caseType, CaseCategory category,
        LocalDate outcomeDate, @Schema(maxLength = 40) String owningTeamCode, CaseStatus status,
        boolean firstTimeEntrant, LocalDate closedOn) {

    static CaseSummaryView of(CaseRecord c) {
        return new CaseSummaryView(c.id, c.youngPersonId, c.caseType, c.caseType.category(), c.outcomeDate,
                c.owningTeamCode, c.status, c.firstTimeEntrant, c.closedOn);
    }
}
