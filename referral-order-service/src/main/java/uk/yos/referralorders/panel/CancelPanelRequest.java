package uk.yos.referralorders.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelPanelRequest", description = "Cancel a scheduled panel")
public record CancelPanelRequest(
        @Schema(example = "The chair is unwell; a new panel will be arranged", maxLength = 500)
        @NotBlank @Size(max = 500) String reason) {
}
