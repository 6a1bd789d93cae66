package uk.yos.victims.feedback;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path("/api/v1/victims/feedback-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim feedback")
public class FeedbackReportListResource {

    @Inject
    FeedbackReports reports;

    @GET
    @RolesAllowed({ Roles.RJ_WORKER, Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE,
            Roles.PANEL_COORDINATOR })
    @Operation(operationId = "listVictimFeedbackReports", summary = "The feedback reports of a case's victims",
            description = FeedbackReportResource.READERS + "Sort fields: referredOn (default), createdAt. Audited "
                    + "as a search.")
    @APIResponse(responseCode = "200", description = "One page of reports",
            content = @Content(schema = @Schema(implementation = FeedbackReportView.Page.class)))
    @APIResponse(responseCode = "404", description = "No such case, or one the caller may not see",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "case-service is unavailable, failing or slow",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public FeedbackReportView.Page list(
            @Parameter(description = "The case whose victims' reports to list", required = true,
                    example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d40")
            @QueryParam("caseId") @NotNull UUID caseId,
            @Valid @BeanParam PageRequest paging) {
        return reports.reportsOfCase(caseId, paging);
    }
}
