package uk.yos.referralorders.volunteer;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
// Changes are the panel coordinator's alone (volunteers, their vetting and training are that role's to manage); the
// two reads also let the head of service in, who may read everything except victims' personal data.
@RolesAllowed(Roles.PANEL_COORDINATOR)
public class VolunteerResource {

    private static final String IF_MATCH = "The volunteer's current ETag";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    VolunteerService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.PANEL_COORDINATOR, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "searchVolunteers", summary = "List and filter volunteers",
            description = "Roles: panel-coordinator, head-of-service (read only, every volunteer). Sort fields: "
                    + "familyName, givenName, status, dbsExpiresOn, createdAt (default familyName,givenName). Each "
                    + "search is audited.")
    @APIResponse(responseCode = "200", description = "One page of volunteers",
            content = @Content(schema = @Schema(implementation = VolunteerPage.class)))
    public VolunteerPage search(@Valid @BeanParam VolunteerSearch search, @Valid @BeanParam PageRequest paging) {
        return VolunteerPage.of(service.search(search, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PANEL_COORDINATOR, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getVolunteer", summary = "Read a volunteer with vetting, training, conflicts and "
            + "availability", description = "Roles: panel-coordinator, head-of-service (read only, every "
                    + "volunteer). Every read is audited. The ETag is needed for any change to the volunteer.")
    @APIResponse(responseCode = "200", description = "The volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    public Response get(@PathParam("id") UUID id) {
        return service.read(id).ok().build();
    }

    @POST
    @Operation(operationId = "createVolunteer", summary = "Record a volunteer's application",
            description = "Roles: panel-coordinator. The volunteer starts as an APPLICANT. Send an Idempotency-Key "
                    + "to retry safely.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409", description = "The userSubject is already linked to another volunteer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "5b0e2f3a-create-volunteer-7")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull VolunteerRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<VolunteerView> created = service.create(request);
            return new Created(URI.create("/api/v1/volunteers/" + created.body().id()),
                    EntityTags.header(created.version()), created.body());
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateVolunteer", summary = "Replace a volunteer's profile and availability",
            description = "Roles: panel-coordinator. Needs If-Match with the volunteer's ETag. Status, DBS, training "
                    + "and conflicts are unchanged (they have their own operations).")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409", description = "The userSubject is already linked to another volunteer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VolunteerRequest request) {
        return service.update(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/status-changes")
    @Operation(operationId = "changeVolunteerStatus", summary = "Move a volunteer to another status",
            description = "Roles: panel-coordinator. Needs If-Match. TRAINED needs INITIAL training; ACTIVE needs "
                    + "INITIAL training and a DBS check valid on the effective date (422 otherwise). A move the "
                    + "status does not allow is 409.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409", description = "Not a move the current status allows",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Training or DBS check missing for the new status",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response changeStatus(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return service.changeStatus(id, request, ifMatch).ok().build();
    }

    @PUT
    @Path("/{id}/dbs-check")
    @Operation(operationId = "recordDbsCheck", summary = "Record the volunteer's current DBS check",
            description = "Roles: panel-coordinator. Needs If-Match. Replaces the previous check; without "
                    + "expiresOn the check expires after yos.referral-orders.volunteers.dbs-validity-months.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    public Response recordDbsCheck(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DbsCheckRequest request) {
        return service.recordDbsCheck(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/training-records")
    @Operation(operationId = "addVolunteerTraining", summary = "Record completed training",
            description = "Roles: panel-coordinator. Needs If-Match. CHAIR training lets the volunteer chair panels.")
    @APIResponse(responseCode = "200", description = "The volunteer with the new training record",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    public Response addTraining(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TrainingRequest request) {
        return service.addTraining(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/conflicts")
    @Operation(operationId = "declareVolunteerConflict", summary = "Declare a conflict of interest",
            description = "Roles: panel-coordinator. Needs If-Match. A volunteer with a CHILD conflict cannot be "
                    + "scheduled on that child's panels.")
    @APIResponse(responseCode = "200", description = "The volunteer with the declared conflict",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409", description = "Already declared",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response declareConflict(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConflictRequest request) {
        return service.declareConflict(id, request, ifMatch).ok().build();
    }

    @DELETE
    @Path("/{id}/conflicts/{conflictId}")
    @Operation(operationId = "withdrawVolunteerConflict", summary = "Withdraw a conflict of interest declared in error",
            description = "Roles: panel-coordinator. Needs If-Match with the volunteer's ETag; answers with the "
                    + "volunteer and its new ETag.")
    @APIResponse(responseCode = "200", description = "The volunteer without the conflict",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    public Response withdrawConflict(@PathParam("id") UUID id, @PathParam("conflictId") UUID conflictId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.withdrawConflict(id, conflictId, ifMatch).ok().build();
    }
}
