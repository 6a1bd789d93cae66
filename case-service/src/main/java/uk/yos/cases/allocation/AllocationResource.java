package uk.yos.cases.allocation;

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
import jakarta.ws.rs.core.HttpHeaders;
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

import uk.yos.common.concurrency.EntityTags;
import uk.yos.web.security.Roles;

@Path("/api/v1/cases/{caseId}/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations")
public class AllocationResource {

    @Inject
    Allocations allocations;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listAllocations", summary = "A case's allocations, current and past",
            description = "Roles: case-manager, operations-manager, head-of-service, for cases in their scope. "
                    + "Oldest first; current allocations have no end date.")
    @APIResponse(responseCode = "200", description = "The allocation history",
            content = @Content(schema = @Schema(implementation = AllocationView.class, type = SchemaType.ARRAY)))
    public List<AllocationView> list(@PathParam("caseId") UUID caseId) {
        return allocations.history(caseId).stream().map(AllocationView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.OPERATIONS_MANAGER)
    @Operation(operationId = "allocate", summary = "Allocate a worker to a role on a case",
            description = "Roles: operations-manager, for their team's cases. Needs If-Match with the case's ETag; "
                    + "the answer carries the case's new ETag. The worker must be in the staff register and a "
                    + "member of the case's owning team on the start date in a fitting team role: CASE_MANAGER or "
                    + "OPERATIONS_MANAGER for PRIMARY_CASE_MANAGER and SECONDARY_WORKER, VICTIM_RJ for "
                    + "VICTIM_RJ_WORKER, HEALTH, ETE and ACCOMMODATION for HEALTH, EDUCATION_TRAINING_EMPLOYMENT and "
                    + "ACCOMMODATION; the worker's name comes from the register. The role's current holder, if "
                    + "any, is ended on the start date, so reallocation keeps the history.")
    @APIResponse(responseCode = "201", description = "Allocated",
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "409", description = "The case is closed, or the worker already holds the role",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The worker may not hold the role on this case: not in the "
            + "staff register, not a member of the case's owning team on the start date, or a member in a team role "
            + "that does not fit it; errors[] names workerId and the reason. Nothing is changed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response allocate(@PathParam("caseId") UUID caseId,
            @Parameter(in = ParameterIn.HEADER, description = "The case's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AllocationRequest request) {
        AllocationChange change = allocations.allocate(caseId, request, ifMatch);
        return Response.status(Response.Status.CREATED).tag(EntityTags.of(change.caseVersion()))
                .entity(AllocationView.of(change.allocation())).build();
    }

    @POST
    @Path("/{allocationId}/end")
    @RolesAllowed(Roles.OPERATIONS_MANAGER)
    @Operation(operationId = "endAllocation", summary = "End a secondary or specialist allocation",
            description = "Roles: operations-manager, for their team's cases. Needs If-Match with the case's "
                    + "ETag. The primary case manager cannot be ended, only replaced.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "409", description = "Closed case, primary allocation, or already ended",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response end(@PathParam("caseId") UUID caseId, @PathParam("allocationId") UUID allocationId,
            @Parameter(in = ParameterIn.HEADER, description = "The case's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EndAllocationRequest request) {
        AllocationChange change = allocations.end(caseId, allocationId, request, ifMatch);
        return Response.ok().tag(EntityTags.of(change.caseVersion())).entity(AllocationView.of(change.allocation()))
                .build();
    }
}
