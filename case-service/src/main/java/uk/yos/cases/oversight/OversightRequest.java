package uk.yos.cases.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OversightRequest", description = "A manager's review of part of a case. For an ASSESSMENT or a "
        + "RATING_CHANGE, name the assessment; when its ratings await sign-off, this record is the decision on them.")
public record OversightRequest(
        @Schema(example = "RATING_CHANGE") @NotNull Reviewed reviewed,
        @Schema(description = "Required for ASSESSMENT and RATING_CHANGE; not allowed otherwise",
                example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9e11") UUID assessmentId,
        @Schema(example = "AGREED_WITH_ACTIONS") @NotNull OversightDecision decision,
        @Schema(example = "Agree the raised safety and wellbeing rating given the exploitation concerns.",
                maxLength = 4000) @NotBlank @Size(max = 4000) String comments,
        @Schema(example = "2026-06-15") @NotNull @PastOrPresent LocalDate reviewedOn,
        @Schema(description = "At least one for AGREED_WITH_ACTIONS", maxItems = 20)
        @Size(max = 20) List<@Valid @NotNull ActionRequest> actions) {

    @Schema(name = "OversightActionRequest", description = "An action to be done by a date")
    public record ActionRequest(
            @Schema(example = "Refer to the exploitation panel", maxLength = 500) @NotBlank @Size(max = 500)
            String description,
            @Schema(example = "2026-06-22") @NotNull LocalDate dueDate) {
    }
}
