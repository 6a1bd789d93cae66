package uk.yos.cases.allocation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllocationRequest", description = "Allocate a worker to a role on a case, replacing its current holder")
public record AllocationRequest(
        @Schema(example = "SECONDARY_WORKER") @NotNull AllocationRole role,
        @Schema(description = "The worker's Keycloak user id: a worker in the staff register who is a member of the "
                + "case's owning team on the start date, in a team role that fits the allocation role (its name "
                + "comes from the register)", example = "6f1c2a80-0000-4000-8000-000000000001", maxLength = 64)
        @NotBlank @Size(max = 64) String workerId,
        @Schema(description = "The handover date; the previous holder's allocation ends on it", example = "2026-11-02")
        @NotNull @PastOrPresent LocalDate startDate) {
}
