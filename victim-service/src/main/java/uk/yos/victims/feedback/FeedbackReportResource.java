package uk.yos.victims.feedback;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.web.security.Roles;

@Path("/api/v1/victims/{victimId}/feedback-report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim feedback")
public class FeedbackReportResource {

    static final String READERS = "Roles: rj-worker (every victim); case-manager, operations-manager, "
            + "head-of-service and panel-coordinator for a case case-service lets them see (checked with their "
            + "token: a case they cannot see answers 404; case-service unavailable answers 503). ";

    @Inject
    FeedbackReports reports;

    @GET
    @RolesAllowed({ Roles.RJ_WORKER, Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE,
            Roles.PANEL_COORDINATOR })
    @Operation(operationId = "getVictimFeedbackReport", summary = "Read a victim's feedback report",
            description = READERS + "No names, dates of birth or contact details. Every read is audited.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = FeedbackReportView.class)))
    @APIResponse(responseCode = "503", description = "case-service is unavailable, failing or slow",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public FeedbackReportView get(@PathParam("victimId") UUID victimId) {
        return reports.report(victimId);
    }
}
