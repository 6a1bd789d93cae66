package uk.yos.victims.evaluation;

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

import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.web.security.Roles;

@Path("/api/v1/victims/{victimId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class EvaluationResource {

    @Inject
    EvaluationService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "listVictimEvaluations", summary = "A victim's evaluations",
            description = "Roles: rj-worker. Oldest first. Audited as a read of the victim's record.")
    @APIResponse(responseCode = "200", description = "The evaluations",
            content = @Content(schema = @Schema(implementation = EvaluationView.class, type = SchemaType.ARRAY)))
    public List<EvaluationView> list(@PathParam("victimId") UUID victimId) {
        return service.list(victimId);
    }

    @GET
    @Path("/{evaluationId}")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "getVictimEvaluation", summary = "Read one evaluation",
            description = "Roles: rj-worker. Audited as a read of the victim's record.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    public EvaluationView get(@PathParam("victimId") UUID victimId, @PathParam("evaluationId") UUID evaluationId) {
        return service.read(victimId, evaluationId);
    }

    @POST
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "recordVictimEvaluation", summary = "Record an evaluation sent to the victim, and their answers",
            description = "Roles: rj-worker. Only while the victim's consent to be contacted and their evaluation "
                    + "consent stand (else 422). Moves the victim's ETag on. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "409", description = "The victim's record changed at the same moment; retry",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "No consent, or the Idempotency-Key was used with a different body",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response record(@PathParam("victimId") UUID victimId,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "ee11ff22-eval-1")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull EvaluationRequest request) {
        return idempotency.create(idempotencyKey, new Keyed(victimId, request), () -> {
            EvaluationView evaluation = service.record(victimId, request);
            return new Created(URI.create("/api/v1/victims/" + victimId + "/evaluations/" + evaluation.id()), null,
                    evaluation);
        });
    }

    /** The idempotency fingerprint includes the path's victim, so one key cannot replay across victims. */
    record Keyed(UUID victimId, EvaluationRequest request) {
    }
}
