package uk.yos.referralorders.panel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the panel list; each is optional (except caseId for case roles) and they combine with AND. */
public class PanelSearch {

    @QueryParam("caseId")
    @Parameter(description = "case-service's case. Required for case-manager, operations-manager and head-of-service")
    public UUID caseId;

    @QueryParam("referralOrderId")
    public UUID referralOrderId;

    @QueryParam("status")
    public PanelStatus status;

    @QueryParam("type")
    public PanelType type;

    @QueryParam("scheduledFrom")
    @Parameter(description = "Panels scheduled on or after this date", example = "2026-10-01")
    public LocalDate scheduledFrom;

    @QueryParam("scheduledTo")
    @Parameter(description = "Panels scheduled on or before this date", example = "2026-10-31")
    public LocalDate scheduledTo;

    @QueryParam("volunteerId")
    @Parameter(description = "Panels this volunteer sits on")
    public UUID volunteerId;
}
