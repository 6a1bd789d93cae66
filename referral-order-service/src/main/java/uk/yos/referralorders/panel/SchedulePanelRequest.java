package uk.yos.referralorders.panel;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchedulePanelRequest", description = "Schedule a panel. Its composition is checked: at least one YOS "
        + "advisor, at least two volunteers, exactly one of them chairing and chair-trained, every volunteer ACTIVE, "
        + "with a DBS check valid on the panel date and no declared conflict with the child or one of the order's "
        + "victims")
public record SchedulePanelRequest(
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d70") @NotNull UUID referralOrderId,
        @Schema(example = "INITIAL") @NotNull PanelType type,
        @Schema(description = "England and Wales local time", example = "2026-10-20T17:30:00") @NotNull
        LocalDateTime scheduledFor,
        @Schema(example = "Kettering Youth Offending Service, meeting room 2", maxLength = 200)
        @NotBlank @Size(max = 200) String location,
        @Schema(maxItems = 5) @NotNull @Size(max = 5) List<@Valid @NotNull AdvisorRequest> advisors,
        @Schema(maxItems = 6) @NotNull @Size(max = 6) List<@Valid @NotNull PanelVolunteerRequest> volunteers) {
}
