package uk.yos.prevention.decision;

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

@Path("/api/v1/prevention-referrals/{id}/decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joint decisions")
public class DecisionResource {

    @Inject
    DecisionService service;

    @POST
    @RolesAllowed(Roles.PREVENTION_WORKER)
    @Operation(operationId = "recordPreventionDecision", summary = "Record the joint decision",
            description = "Roles: prevention-worker. Needs If-Match with the referral's ETag. Triage must be "
                    + "completed, and for an OFFENCE referral the Prevention and Diversion Assessment Tool too; a "
                    + "RISK referral can only be NO_FURTHER_ACTION. A YOUTH_CAUTION or YOUTH_CONDITIONAL_CAUTION "
                    + "opens a case in case-service with your token (creating or matching the young person) before "
                    + "anything is written here: if case-service cannot be reached the answer is 503 and nothing "
                    + "changes, and recording the decision again opens no second case. A decision, once recorded, "
                    + "never changes. Answers with the whole referral.")
    @APIResponse(responseCode = "200", description = "The referral with its decision (and the case it opened)",
            content = @Content(schema = @Schema(implementation = PreventionReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral is closed, already decided, or not far enough "
            + "through triage", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The outcome does not fit the referral, or case-service "
            + "refused to open the case (the detail and errors say what to correct)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "case-service is unavailable; nothing was recorded: try again",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response decide(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The referral's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DecisionRequest request) {
        return service.decide(id, request, ifMatch).ok().build();
    }
}
