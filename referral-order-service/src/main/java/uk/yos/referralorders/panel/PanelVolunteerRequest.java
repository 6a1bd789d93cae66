package uk.yos.referralorders.panel;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelVolunteerRequest", description = "A volunteer to sit on the panel; exactly one chairs")
public record PanelVolunteerRequest(
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d60") @NotNull UUID volunteerId,
        @Schema(description = "Chairs the panel (needs CHAIR training)", example = "true") Boolean chair) {

    boolean chairs() {
        return Boolean.TRUE.equals(chair);
    }
}
