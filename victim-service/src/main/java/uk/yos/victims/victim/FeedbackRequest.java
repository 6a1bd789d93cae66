package uk.yos.victims.victim;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackRequest", description = "The victim's views, wishes and agreed reparation, as the case "
        + "manager and the panel will read them: write no names, addresses or contact details here")
public record FeedbackRequest(
        @Schema(example = "The victim felt unsafe walking home for weeks", maxLength = 4000)
        @Size(max = 4000) String views,
        @Schema(example = "Would like a letter of apology", maxLength = 4000) @Size(max = 4000) String wishes,
        @Schema(example = "Ten hours of community reparation at the park", maxLength = 4000)
        @Size(max = 4000) String agreedReparation) {
}
