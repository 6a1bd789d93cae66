package uk.yos.victims.intervention;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path("/api/v1/rj-interventions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "RJ interventions")
public class InterventionResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    InterventionService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.RJ_WORKER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "searchRjInterventions", summary = "List RJ interventions by victim, case, status or type",
            description = "Roles: rj-worker, head-of-service (read only, every intervention; an intervention holds no "
                    + "victim name or contact details). Sort fields: createdAt (default -createdAt), plannedOn, "
                    + "status, type. Each search is audited.")
    @APIResponse(responseCode = "200", description = "One page of interventions",
            content = @Content(schema = @Schema(implementation = InterventionPage.class)))
    public InterventionPage search(@Valid @BeanParam InterventionSearch search, @Valid @BeanParam PageRequest paging) {
        return InterventionPage.of(service.search(search, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.RJ_WORKER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getRjIntervention", summary = "Read an RJ intervention",
            description = "Roles: rj-worker, head-of-service (read only, any intervention; it holds no victim name or "
                    + "contact details). Every read is audited. The ETag is needed to change it.")
    @APIResponse(responseCode = "200", description = "The intervention",
            content = @Content(schema = @Schema(implementation = InterventionView.class)))
    public Response get(@PathParam("id") UUID id) {
        return service.read(id).ok().build();
    }

    @POST
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "createRjIntervention", summary = "Plan an RJ intervention with a victim",
            description = "Roles: rj-worker. Only for a victim who was offered RJ and whose consent to contact stands "
                    + "(else 422); an unknown victimId is 422. Starts PLANNED. Moves the victim's ETag on. Send an "
                    + "Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = InterventionView.class)))
    @APIResponse(responseCode = "409", description = "The victim's record changed at the same moment; retry",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Unknown victim, RJ not offered, no consent, or the "
            + "Idempotency-Key was used with a different body",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "9a8b7c6d-rj-1")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull CreateInterventionRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<InterventionView> created = service.create(request);
            return new Created(URI.create("/api/v1/rj-interventions/" + created.body().id()),
                    EntityTags.header(created.version()), created.body());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "updateRjIntervention", summary = "Record an intervention's status and outcome",
            description = "Roles: rj-worker. Needs If-Match with the intervention's ETag. COMPLETED needs completedOn "
                    + "and an outcome. A finished intervention cannot change status (409); after the victim withdrew "
                    + "consent it can only be withdrawn (422).")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = InterventionView.class)))
    @APIResponse(responseCode = "409", description = "The status cannot change that way",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The victim withdrew consent",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The intervention's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateInterventionRequest request) {
        return service.update(id, request, ifMatch).ok().build();
    }
}
