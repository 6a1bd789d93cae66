package uk.yos.referralorders.order;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevocationDecisionRequest", description = "The court's decision on a pending revocation request")
public record RevocationDecisionRequest(
        @Schema(example = "REFUSED") @NotNull RevocationDecision decision,
        @Schema(example = "2027-02-15") @NotNull @PastOrPresent LocalDate decidedOn,
        @Schema(example = "The court wants the reparation finished first", maxLength = 500) @Size(max = 500) String note) {
}
