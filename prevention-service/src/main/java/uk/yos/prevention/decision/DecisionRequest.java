package uk.yos.prevention.decision;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PreventionDecisionRequest", description = "The joint police and YOS decision, with its reasons "
        + "and who made it")
public record DecisionRequest(
        @Schema(example = "YOUTH_CAUTION") @NotNull DecisionOutcome outcome,
        @Schema(description = "Why the panel reached this outcome", maxLength = 2000,
                example = "First offence, admitted, good engagement at assessment; a caution with YOS support")
        @NotBlank @Size(max = 2000) String reasons,
        @Schema(description = "The day the panel decided; on or after the day the referral was received. Also the "
                + "outcome date of a case it opens.", example = "2026-11-20")
        @NotNull @PastOrPresent LocalDate decidedOn,
        @Schema(description = "Who decided: at least one POLICE and one YOS member", minItems = 2, maxItems = 12)
        @NotNull @Size(min = 2, max = 12) List<@Valid @NotNull PanelMemberRequest> panel,
        @Schema(description = "For a youth caution or youth conditional caution: the active case-service team that "
                + "will own the case; defaults to the caller's team", example = "NORTH_OOC", maxLength = 40)
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be an UPPER_SNAKE_CASE team code")
        String owningTeamCode) {

    @Schema(name = "PreventionPanelMember")
    public record PanelMemberRequest(
            @Schema(example = "Sgt Sam Jones", maxLength = 200) @NotBlank @Size(max = 200) String name,
            @Schema(example = "POLICE") @NotNull PanelAgency agency,
            @Schema(example = "Out-of-court disposal decision maker", maxLength = 100) @Size(max = 100) String role) {
    }
}
