package uk.yos.referralorders.order;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contract", description = "The order's current contract: the terms a panel agreed, with the child's "
        + "ids only")
public record ContractView(
        UUID referralOrderId,
        UUID caseId,
        UUID youngPersonId,
        @Schema(description = "When the panel agreed these terms (the initial contract or a later variation)")
        LocalDate agreedOn,
        UUID agreedAtPanelId,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(maxItems = 30) List<@Size(max = 500) String> terms) {
}
