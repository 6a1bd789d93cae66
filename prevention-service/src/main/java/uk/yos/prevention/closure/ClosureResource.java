package uk.yos.prevention.closure;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.prevention.referral.PreventionReferralView;
import uk.yos.web.security.Roles;

@Path("/api/v1/prevention-referrals/{id}/closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Closure")
public class ClosureResource {

    @Inject
    ClosureService service;

    @POST
    @RolesAllowed(Roles.PREVENTION_WORKER)
    @Operation(operationId = "closePreventionReferral", summary = "Close a referral with its outcome",
            description = "Roles: prevention-worker. Needs If-Match with the referral's ETag. A closed referral "
                    + "refuses every change. CASE_OPENED only for a referral whose decision opened a case. Answers "
                    + "with the whole referral.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = PreventionReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral is already closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "CASE_OPENED, but no case was opened from the referral",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response close(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The referral's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CloseReferralRequest request) {
        return service.close(id, request, ifMatch).ok().build();
    }
}
