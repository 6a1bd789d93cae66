package uk.yos.cases.riskpanel;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HoldRiskPanelRequest", description = "Record a Risk, Safety and Wellbeing panel as held. A next "
        + "review date makes the panel's review due on it.")
public record HoldRiskPanelRequest(
        @Schema(example = "2026-06-19") @NotNull @PastOrPresent LocalDate heldOn,
        @Schema(description = "The agencies that attended", example = "[\"YOS\", \"Children's social care\", "
                + "\"Police\"]", maxItems = 20)
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> agencies,
        @Schema(example = "Safety plan agreed; referral to the exploitation panel", maxLength = 4000)
        @NotBlank @Size(max = 4000) String decisions,
        @Schema(maxItems = 20) @Size(max = 20) List<@Valid @NotNull ActionRequest> actions,
        @Schema(example = "2026-09-18") LocalDate nextReviewDate) {

    @Schema(name = "RiskPanelActionRequest", description = "An action the panel agreed")
    public record ActionRequest(
            @Schema(example = "Share the safety plan with the school", maxLength = 500) @NotBlank @Size(max = 500)
            String description,
            @Schema(example = "Case manager", maxLength = 200) @NotBlank @Size(max = 200) String owner,
            @Schema(example = "2026-06-26") @NotNull LocalDate dueDate) {
    }
}
