package uk.yos.cases.youngperson;

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
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path("/api/v1/young-people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Young people")
public class YoungPersonResource {

    @Inject
    YoungPersonService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "searchYoungPeople", summary = "List and search young people",
            description = "Roles: case-manager (their team's children and those of cases allocated to them), "
                    + "operations-manager (their team's), head-of-service (all). Sort fields: familyName, givenName, "
                    + "dateOfBirth, localReference, createdAt (default familyName,givenName). Each search is audited.")
    @APIResponse(responseCode = "200", description = "One page of young people",
            content = @Content(schema = @Schema(implementation = YoungPersonPage.class)))
    public YoungPersonPage search(@Valid @BeanParam YoungPersonSearch search, @Valid @BeanParam PageRequest paging) {
        return YoungPersonPage.of(service.search(search, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getYoungPerson", summary = "Read a young person",
            description = "Roles: case-manager, operations-manager, head-of-service, within their scope; a child "
                    + "outside it answers 404. Every read is audited. The ETag is needed to change the record.")
    @APIResponse(responseCode = "200", description = "The young person",
            content = @Content(schema = @Schema(implementation = YoungPersonView.class)))
    public Response get(@PathParam("id") UUID id) {
        YoungPerson youngPerson = service.read(id);
        return Response.ok(YoungPersonView.of(youngPerson)).tag(EntityTags.of(youngPerson.version)).build();
    }

    @POST
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "createYoungPerson", summary = "Add a young person",
            description = "Roles: case-manager, operations-manager, for their own team. The date of birth must "
                    + "give an age the YOS works with (10 to 24 by default). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = YoungPersonView.class)))
    @APIResponse(responseCode = "409", description = "The local reference or PNC id is already recorded",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "3f0c7a1e-create-yp-42")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull YoungPersonRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            YoungPerson youngPerson = service.create(request);
            return new Created(URI.create("/api/v1/young-people/" + youngPerson.id),
                    EntityTags.header(youngPerson.version), YoungPersonView.of(youngPerson));
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "updateYoungPerson", summary = "Replace a young person's details",
            description = "Roles: case-manager, operations-manager, within their scope. Needs If-Match with the "
                    + "current ETag. Only an operations manager can change the team.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = YoungPersonView.class)))
    @APIResponse(responseCode = "409", description = "The local reference or PNC id belongs to another record",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The record's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull YoungPersonRequest request) {
        YoungPerson youngPerson = service.update(id, request, ifMatch);
        return Response.ok(YoungPersonView.of(youngPerson)).tag(EntityTags.of(youngPerson.version)).build();
    }
}
