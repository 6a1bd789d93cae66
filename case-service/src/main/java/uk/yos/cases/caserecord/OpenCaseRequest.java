package uk.yos.cases.caserecord;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.allocation.WorkerRef;
import uk.yos.cases.contract.OffenceRequest;

@Schema(name = "OpenCaseRequest", description = "Open a case for a young person")
public record OpenCaseRequest(
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d3f") @NotNull UUID youngPersonId,
        @Schema(example = "YOUTH_CAUTION") @NotNull CaseType caseType,
        @Schema(description = "The date of the out-of-court outcome or the sentence", example = "2026-10-01")
        @NotNull @PastOrPresent LocalDate outcomeDate,
        @Schema(description = "Defaults to the caller's team, which is the only one allowed", example = "NORTH_OOC",
                maxLength = 40)
        @Size(max = 40) String owningTeamCode,
        @Schema(description = "Defaults to the caller when the caller is a case manager. A worker in the staff "
                + "register who is a member of the owning team today as CASE_MANAGER or OPERATIONS_MANAGER")
        @Valid WorkerRef primaryCaseManager,
        @Schema(description = "Required for every case type except PREVENTION", maxItems = 50)
        @Size(max = 50) List<@Valid @NotNull OffenceRequest> offences) {
}
