package uk.yos.cases.referencedata;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import uk.yos.web.security.Roles;

@Path("/api/v1/reference-data/{category}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceDataResource {

    private static final String CATEGORY_PATTERN = "areas|localities|teams|offence-types";

    @Inject
    ReferenceDataService service;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE, Roles.RJ_WORKER,
            Roles.PANEL_COORDINATOR, Roles.PREVENTION_WORKER, Roles.PERFORMANCE_ANALYST, Roles.ADMIN })
    @Operation(operationId = "listReferenceItems", summary = "List the items of one reference-data category",
            description = "Roles: case-manager, operations-manager, head-of-service, rj-worker, panel-coordinator, "
                    + "prevention-worker, performance-analyst, admin. Sorted by name; inactive items only on request.")
    @APIResponse(responseCode = "200", description = "The items",
            content = @Content(schema = @Schema(implementation = ReferenceItemView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<ReferenceItemView> list(
            @Parameter(description = "areas, localities, teams or offence-types", example = "teams")
            @PathParam("category") @Pattern(regexp = CATEGORY_PATTERN, message = "must be one of " + CATEGORY_PATTERN) String category,
            @Parameter(description = "Include inactive items") @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return service.list(ReferenceCategory.fromPath(category), includeInactive).stream()
                .map(ReferenceItemView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE, Roles.RJ_WORKER,
            Roles.PANEL_COORDINATOR, Roles.PREVENTION_WORKER, Roles.PERFORMANCE_ANALYST, Roles.ADMIN })
    @Operation(operationId = "getReferenceItem", summary = "Read one reference item",
            description = "Roles: case-manager, operations-manager, head-of-service, rj-worker, panel-coordinator, "
                    + "prevention-worker, performance-analyst, admin. The ETag is needed to change it.")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = ReferenceItemView.class)))
    public Response get(
            @PathParam("category") @Pattern(regexp = CATEGORY_PATTERN, message = "must be one of " + CATEGORY_PATTERN) String category,
            @PathParam("code") @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "is not a reference code") String code) {
        ReferenceItem item = service.get(ReferenceCategory.fromPath(category), code);
        return Response.ok(ReferenceItemView.of(item)).tag(EntityTags.of(item.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createReferenceItem", summary = "Add a reference item",
            description = "Roles: admin. Localities need an areaCode; teams may have one; areas and offence "
                    + "types may not. The code cannot be changed later.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ReferenceItemView.class)))
    @APIResponse(responseCode = "409", description = "The code already exists in this category",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(
            @PathParam("category") @Pattern(regexp = CATEGORY_PATTERN, message = "must be one of " + CATEGORY_PATTERN) String category,
            @Valid @NotNull ReferenceItemRequest request) {
        ReferenceItem item = service.create(ReferenceCategory.fromPath(category), request);
        return Response.created(URI.create("/api/v1/reference-data/" + category + "/" + item.key.code))
                .tag(EntityTags.of(item.version)).entity(ReferenceItemView.of(item)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateReferenceItem", summary = "Rename, re-area, activate or deactivate an item",
            description = "Roles: admin. Needs If-Match with the item's ETag. Deactivated items stay valid on "
                    + "existing records.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ReferenceItemView.class)))
    public Response update(
            @PathParam("category") @Pattern(regexp = CATEGORY_PATTERN, message = "must be one of " + CATEGORY_PATTERN) String category,
            @PathParam("code") @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "is not a reference code") String code,
            @Parameter(in = ParameterIn.HEADER, description = "The item's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReferenceItemRequest request) {
        ReferenceItem item = service.update(ReferenceCategory.fromPath(category), code, request, ifMatch);
        return Response.ok(ReferenceItemView.of(item)).tag(EntityTags.of(item.version)).build();
    }
}
