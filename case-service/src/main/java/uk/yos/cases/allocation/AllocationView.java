package uk.yos.cases.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Allocation", description = "A worker's allocation to a case in one role")
public record AllocationView(
        UUID id,
        UUID caseId,
        AllocationRole role,
        @Schema(maxLength = 64) String workerId,
        @Schema(description = "The worker's name in the staff register when allocated", maxLength = 200)
        String workerName,
        LocalDate startDate,
        @Schema(description = "Empty while the allocation is current") LocalDate endDate,
        boolean current,
        @Schema(maxLength = 255) String allocatedBy,
        Instant allocatedAt) {

    public static AllocationView of(Allocation a) {
        return new AllocationView(a.id, a.caseId, a.role, a.workerId, a.workerName, a.startDate, a.endDate,
                a.isCurrent(), a.allocatedBy, a.allocatedAt);
    }
}
