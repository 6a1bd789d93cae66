package uk.yos.cases.caserecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.allocation.Allocation;
import uk.yos.cases.allocation.AllocationView;

@Schema(name = "Case", description = "A case with its offences, current allocations and closure record")
public record CaseView(
        UUID id,
        UUID youngPersonId,
        CaseType caseType,
        CaseCategory category,
        LocalDate outcomeDate,
        @Schema(maxLength = 40) String owningTeamCode,
        CaseStatus status,
        @Schema(description = "This case made the child a first-time entrant") boolean firstTimeEntrant,
        ClosureReason closureReason,
        LocalDate closedOn,
        Integer eteHoursAtClosure,
        Boolean accommodationSuitable,
        Boolean endOfOrderQuestionnaireCompleted,
        List<OffenceView> offences,
        List<AllocationView> currentAllocations,
        Instant createdAt,
        Instant updatedAt) {

    static CaseView of(CaseRecord c, List<Allocation> currentAllocations) {
        return new CaseView(c.id, c.youngPersonId, c.caseType, c.caseType.category(), c.outcomeDate,
                c.owningTeamCode, c.status, c.firstTimeEntrant, c.closureReason, c.closedOn, c.eteHoursAtClosure,
                c.accommodationSuitable, c.endOfOrderQuestionnaireCompleted,
                c.offences.stream().map(OffenceView::of).toList(),
                currentAllocations.stream().map(AllocationView::of).toList(), c.createdAt, c.updatedAt);
    }
}
