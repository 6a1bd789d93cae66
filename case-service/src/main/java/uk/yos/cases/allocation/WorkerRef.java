package uk.yos.cases.allocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Worker", description = "A YOS worker in the staff register, identified by their Keycloak user id; "
        + "their name comes from the register")
public record WorkerRef(
        @Schema(description = "The worker's Keycloak user id (the token subject)",
                example = "6f1c2a80-0000-4000-8000-000000000001", maxLength = 64)
        @NotBlank @Size(max = 64) String workerId) {
}
