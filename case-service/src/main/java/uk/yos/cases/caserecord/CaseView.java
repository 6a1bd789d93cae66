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
        @Schema(description = "Hours of education, training or employment a week at closure", minimum = "0",
                maximum = "60") Integer eteHoursAtClosure,
        Boolean accommodationSuitable,
        Boolean endOfOrderQuestionnaireCompleted,
        @Schema(maxItems = MAX_OFFENCES) List<OffenceView> offences,
        @Schema(description = "At most one current holder for each allocation role", maxItems = 6)
        List<AllocationView> currentAllocations,
        Instant createdAt,
        Instant updatedAt) {

    /** The most offences one case may hold. */
    public static final int MAX_OFFENCES = 50;

    static CaseView of(CaseRecord c, List<Allocation> currentAllocations) {
        return new CaseView(c.id, c.youngPersonId, c.caseType, c.caseType.category(), c.outcomeDate,
                c.owningTeamCode, c.status, c.firstTimeEntrant, c.closureReason, c.closedOn, c.eteHoursAtClosure,
                c.accommodationSuitable, c.endOfOrderQuestionnaireCompleted,
                c.offences.stream().map(OffenceView::of).toList(),
                currentAllocations.stream().map(AllocationView::of).toList(), c.createdAt, c.updatedAt);
    }
}
