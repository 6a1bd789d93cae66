package uk.yos.cases.contact;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanContactRequest", description = "An appointment with the child, with the worker who will see them")
public record PlanContactRequest(
        @Schema(example = "SUPERVISION") @NotNull ContactKind kind,
        @Schema(description = "The date and time in England and Wales local time (no offset)",
                example = "2026-06-22T16:00:00")
        @NotNull LocalDateTime plannedAt,
        @Schema(example = "Kettering YOS office, interview room 2", maxLength = 200)
        @NotBlank @Size(max = 200) String place,
        @Schema(description = "The worker's Keycloak user id", example = "6f1c2a80-0000-4000-8000-000000000001",
                maxLength = 64)
        @NotBlank @Size(max = 64) String workerId,
        @Schema(example = "Sam Casemanager", maxLength = 200) @NotBlank @Size(max = 200) String workerName) {
}
