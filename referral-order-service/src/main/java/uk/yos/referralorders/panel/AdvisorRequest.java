package uk.yos.referralorders.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelAdvisor", description = "A YOS member of staff advising the panel")
public record AdvisorRequest(
        @Schema(description = "The worker's Keycloak user id", example = "6f1c2a80-0000-4000-8000-000000000007",
                maxLength = 64)
        @NotBlank @Size(max = 64) String workerId,
        @Schema(example = "Pat Coordinator", maxLength = 200) @NotBlank @Size(max = 200) String workerName) {

    static AdvisorRequest of(PanelAdvisor advisor) {
        return new AdvisorRequest(advisor.workerId, advisor.workerName);
    }
}
