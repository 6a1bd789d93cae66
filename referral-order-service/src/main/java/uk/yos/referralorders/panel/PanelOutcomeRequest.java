package uk.yos.referralorders.panel;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelOutcomeRequest", description = "What happened at the panel")
public record PanelOutcomeRequest(
        @Schema(example = "2026-10-20") @NotNull @PastOrPresent LocalDate heldOn,
        @Schema(example = "ATTENDED") @NotNull Attendance attendance,
        @Schema(description = "INITIAL: CONTRACT_AGREED, ADJOURNED, REFERRED_BACK_TO_COURT. REVIEW and EXTENSION: "
                + "PROGRESS_REVIEWED, CONTRACT_AGREED (a varied contract), ADJOURNED, REFERRED_BACK_TO_COURT. FINAL: "
                + "ORDER_COMPLETED, ADJOURNED, REFERRED_BACK_TO_COURT. A panel the child did not attend can only "
                + "adjourn or refer back to court.", example = "CONTRACT_AGREED") @NotNull PanelDecision decision,
        @Schema(description = "The agreed terms; required for CONTRACT_AGREED and only then", maxItems = 30,
                example = "[\"Attend 6 sessions of victim awareness work\", \"10 hours of reparation\"]")
        @Size(max = 30) List<@NotBlank @Size(max = 500) String> contractTerms,
        @Schema(example = "Good engagement; mother attended", maxLength = 2000) @Size(max = 2000) String notes) {
}
