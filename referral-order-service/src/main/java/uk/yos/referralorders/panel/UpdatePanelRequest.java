package uk.yos.referralorders.panel;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdatePanelRequest", description = "Reschedule a panel or change its members; the composition is "
        + "checked again for the (new) date")
public record UpdatePanelRequest(
        @Schema(description = "England and Wales local time", example = "2026-10-22T17:30:00") @NotNull
        LocalDateTime scheduledFor,
        @Schema(example = "Kettering Youth Offending Service, meeting room 2", maxLength = 200)
        @NotBlank @Size(max = 200) String location,
        @Schema(maxItems = 5) @NotNull @Size(max = 5) List<@Valid @NotNull AdvisorRequest> advisors,
        @Schema(maxItems = 6) @NotNull @Size(max = 6) List<@Valid @NotNull PanelVolunteerRequest> volunteers) {
}
