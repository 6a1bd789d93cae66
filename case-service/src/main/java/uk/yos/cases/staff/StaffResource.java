package uk.yos.cases.staff;

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

import uk.yos.cases.allocation.CaseloadPage;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class StaffResource {

    private static final String IF_MATCH = "The worker's current ETag";

    @Inject
    StaffRegister register;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE, Roles.ADMIN })
    @Operation(operationId = "searchStaff", summary = "List the staff register",
            description = "Roles: case-manager and operations-manager (workers who are or were members of their own "
                    + "team), head-of-service and admin (all). The team, role and activeOn filters ask about one "
                    + "membership: teamCode=NORTH_OOC&activeOn=2026-06-15 lists who is in that team on that day. "
                    + "Sort fields: displayName, createdAt (default displayName). Each search is audited.")
    @APIResponse(responseCode = "200", description = "One page of workers",
            content = @Content(schema = @Schema(implementation = StaffPage.class)))
    public StaffPage search(@Valid @BeanParam StaffSearch search, @Valid @BeanParam PageRequest paging) {
        return StaffPage.of(register.search(search, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE, Roles.ADMIN })
    @Operation(operationId = "getStaffMember", summary = "Read a worker with their team memberships",
            description = "Roles: case-manager, operations-manager, head-of-service, admin, within their scope (as "
                    + "the list); a worker outside it answers 404. Every read is audited. The ETag is needed to "
                    + "change the worker or their memberships.")
    @APIResponse(responseCode = "200", description = "The worker",
            content = @Content(schema = @Schema(implementation = StaffMemberView.class)))
    public Response get(@PathParam("id") UUID id) {
        return register.read(id).ok().build();
    }

    @POST
    @RolesAllowed({ Roles.OPERATIONS_MANAGER, Roles.ADMIN })
    @Operation(operationId = "registerStaffMember", summary = "Register a worker into a team",
            description = "Roles: operations-manager (into their own team only), admin (any team). The subject is "
                    + "the worker's Keycloak user id, registered once. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = StaffMemberView.class)))
    @APIResponse(responseCode = "409", description = "A worker with this subject is already registered",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response register(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "3f0c7a1e-register-42")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull RegisterStaffRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<StaffMemberView> member = register.register(request);
            return new Created(URI.create("/api/v1/staff/" + member.body().id()),
                    EntityTags.header(member.version()), member.body());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.OPERATIONS_MANAGER, Roles.ADMIN })
    @Operation(operationId = "updateStaffMember", summary = "Change a worker's name or working hours",
            description = "Roles: operations-manager (a worker who is, or is to be, a member of their own team), "
                    + "admin. Needs If-Match with the worker's current ETag.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = StaffMemberView.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateStaffRequest request) {
        return register.update(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/memberships")
    @RolesAllowed({ Roles.OPERATIONS_MANAGER, Roles.ADMIN })
    @Operation(operationId = "addMembership", summary = "Add a worker to a team in a role",
            description = "Roles: operations-manager (their own team, for a worker they can see), admin. Needs "
                    + "If-Match with the worker's ETag; the answer carries the new one. A worker has at most one "
                    + "membership of a team on any day: a change of role ends one membership and adds another.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "The worker is already a member of the team on some of the days",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The worker already holds the most memberships a record keeps",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response addMembership(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MembershipRequest request) {
        Versioned<MembershipView> added = register.addMembership(id, request, ifMatch);
        return Response.status(Response.Status.CREATED).tag(EntityTags.of(added.version())).entity(added.body())
                .build();
    }

    @POST
    @Path("/{id}/memberships/{membershipId}/end")
    @RolesAllowed({ Roles.OPERATIONS_MANAGER, Roles.ADMIN })
    @Operation(operationId = "endMembership", summary = "End a worker's membership of a team",
            description = "Roles: operations-manager (memberships of their own team), admin. Needs If-Match with the "
                    + "worker's ETag. The end date is the last day in the team. The worker's allocations are kept: "
                    + "the answer counts their current ones on the team's open cases, which "
                    + "GET /api/v1/staff/{id}/caseload?teamCode= lists for reallocation.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(schema = @Schema(implementation = MembershipEnding.class)))
    @APIResponse(responseCode = "409", description = "The membership has already ended",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response endMembership(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EndMembershipRequest request) {
        return register.endMembership(id, membershipId, request, ifMatch).ok().build();
    }

    @GET
    @Path("/{id}/caseload")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getCaseload", summary = "A worker's current allocations on open cases",
            description = "Roles: case-manager, operations-manager, head-of-service, for a worker they can see; only "
                    + "allocations on cases the caller may see are listed. With teamCode, only that team's cases: "
                    + "what to reallocate when the worker leaves the team. Sort fields: startDate, role (default "
                    + "startDate). Each read is audited.")
    @APIResponse(responseCode = "200", description = "One page of the caseload",
            content = @Content(schema = @Schema(implementation = CaseloadPage.class)))
    public CaseloadPage caseload(@PathParam("id") UUID id, @Valid @BeanParam CaseloadSearch search,
            @Valid @BeanParam PageRequest paging) {
        return CaseloadPage.of(register.caseload(id, search, paging));
    }
}
