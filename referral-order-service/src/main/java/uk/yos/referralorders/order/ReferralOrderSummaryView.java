package uk.yos.referralorders.order;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralOrderSummary", description = "A referral order as lists show it")
public record ReferralOrderSummaryView(
        UUID id,
        UUID caseId,
        UUID youngPersonId,
        @Schema(maxLength = 40) String owningTeamCode,
        LocalDate sentenceDate,
        @Schema(maxLength = 200) String court,
        @Schema(description = "As sentenced", minimum = "1", maximum = "36") int lengthMonths,
        @Schema(description = "All extensions together", minimum = "0", maximum = "36") int extensionMonths,
        ReferralOrderStatus status,
        LocalDate initialPanelDueDate,
        LocalDate initialPanelHeldOn,
        Boolean initialPanelMet,
        LocalDate startDate,
        LocalDate endDate) {

    static ReferralOrderSummaryView of(ReferralOrder o, LocalDate today) {
        return new ReferralOrderSummaryView(o.id, o.caseId, o.youngPersonId, o.owningTeamCode, o.sentenceDate,
                o.courtName, o.lengthMonths, o.extensionMonths, o.status, o.initialPanelDueDate, o.initialPanelHeldOn,
                o.initialPanelMet(today), o.startDate, o.endDate);
    }
}
