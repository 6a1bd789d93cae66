package uk.yos.prevention.triage;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/prevention-referrals/{id}/triage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Triage")
public class TriageResource {

    @Inject
    TriageService service;

    @PUT
    @RolesAllowed(Roles.PREVENTION_WORKER)
    @Operation(operationId = "recordPreventionTriage", summary = "Record triage and assessment",
            description = "Roles: prevention-worker. Needs If-Match with the referral's ETag. Replaces the triage "
                    + "recorded before: assessment completion (met or late against assessmentDueDate), the Prevention "
                    + "and Diversion Assessment Tool, CAMHS screening, consent to voluntary work, and the child's "
                    + "details case-service needs if a caution opens a case. Answers with the whole referral.")
    @APIResponse(responseCode = "200", description = "The referral with its triage",
            content = @Content(schema = @Schema(implementation = PreventionReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral is closed, or its decision is already recorded",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response record(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The referral's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TriageRequest request) {
        return service.record(id, request, ifMatch).ok().build();
    }
}
