package uk.yos.cases.oversight;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.cases.access.CaseRecordRoles;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.web.security.Roles;

@Path("/api/v1/cases/{caseId}/oversight")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management oversight")
public class OversightResource {

    @Inject
    Oversight oversight;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listOversight", summary = "A case's management oversight records",
            description = CaseRecordRoles.READ + " Oldest first.")
    @APIResponse(responseCode = "200", description = "The case's oversight records",
            content = @Content(schema = @Schema(implementation = OversightView.class, type = SchemaType.ARRAY)))
    public List<OversightView> list(@PathParam("caseId") UUID caseId) {
        return oversight.list(caseId);
    }

    @GET
    @Path("/{oversightId}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getOversight", summary = "Read one oversight record", description = CaseRecordRoles.READ)
    @APIResponse(responseCode = "200", description = "The oversight record",
            content = @Content(schema = @Schema(implementation = OversightView.class)))
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("oversightId") UUID oversightId) {
        return oversight.read(caseId, oversightId).ok().build();
    }

    @POST
    @RolesAllowed(Roles.OPERATIONS_MANAGER)
    @Operation(operationId = "recordOversight", summary = "Record a manager's oversight of a case, or sign off ratings",
            description = "Roles: operations-manager, of the case's own team (403 for a manager of another team "
                    + "who can see the case). For an assessment whose ratings await sign-off, AGREED or "
                    + "AGREED_WITH_ACTIONS puts them into effect from reviewedOn and makes the next review due; "
                    + "NOT_AGREED returns the assessment to be revised and completed again. Nobody signs off an "
                    + "assessment they completed (403). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = OversightView.class)))
    @APIResponse(responseCode = "403", description = "Not of the case's team, or the manager's own assessment",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response record(@PathParam("caseId") UUID caseId,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "5c2e-oversight-rating-change")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull OversightRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<OversightView> recorded = oversight.record(caseId, request);
            return new Created(URI.create("/api/v1/cases/" + caseId + "/oversight/" + recorded.body().id()),
                    EntityTags.header(recorded.version()), recorded.body());
        });
    }
}
