package uk.yos.referralorders.order;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the referral-order list; each is optional (except caseId for case roles) and they combine with AND. */
public class ReferralOrderSearch {

    @QueryParam("caseId")
    @Parameter(description = "case-service's case. Required for case-manager, operations-manager and head-of-service")
    public UUID caseId;

    @QueryParam("youngPersonId")
    public UUID youngPersonId;

    @QueryParam("status")
    public ReferralOrderStatus status;

    @QueryParam("owningTeamCode")
    @Size(max = 40)
    public String owningTeamCode;

    @QueryParam("initialPanelDueBefore")
    @Parameter(description = "Orders whose initial panel has not been held and is due before this date",
            example = "2026-12-01")
    public LocalDate initialPanelDueBefore;
}
