package uk.yos.cases.caserecord;

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

import uk.yos.cases.contract.CaseReference;
import uk.yos.cases.contract.OffenceRequest;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseResource {

    private static final String CONFLICT_CLOSED = "The case is closed (reopen it first)";

    @Inject
    CaseService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "searchCases", summary = "List and filter cases",
            description = "Roles: case-manager (their team's cases and cases allocated to them), operations-manager "
                    + "(their team's), head-of-service (all). Sort fields: outcomeDate, caseType, status, createdAt "
                    + "(default -outcomeDate). Each search is audited.")
    @APIResponse(responseCode = "200", description = "One page of cases",
            content = @Content(schema = @Schema(implementation = CasePage.class)))
    public CasePage search(@Valid @BeanParam CaseSearch search, @Valid @BeanParam PageRequest paging) {
        return CasePage.of(service.search(search, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getCase", summary = "Read a case with its offences and current allocations",
            description = "Roles: case-manager, operations-manager, head-of-service, within their scope; a case "
                    + "outside it answers 404. Every read is audited. The ETag is needed for any change to the case.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response get(@PathParam("id") UUID id) {
        return service.read(id).ok().build();
    }

    @GET
    @Path("/{id}/summary")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE, Roles.RJ_WORKER,
            Roles.PANEL_COORDINATOR })
    @Operation(operationId = "getCaseReference",
            summary = "Read the reference view of a case (for other services to check a case id)",
            description = "Roles: case-manager, operations-manager, head-of-service (the cases they may read), "
                    + "rj-worker (every case, since a victim may be linked to any), panel-coordinator (referral "
                    + "orders only). A case outside the caller's reach answers 404. No names, dates of birth or "
                    + "descriptions. Every read is audited (READ_SUMMARY).")
    @APIResponse(responseCode = "200", description = "The case's reference view",
            content = @Content(schema = @Schema(implementation = CaseReference.class)))
    public Response summary(@PathParam("id") UUID id) {
        return service.readReference(id).ok().build();
    }

    @POST
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "openCase", summary = "Open a case for a young person",
            description = "Roles: case-manager, operations-manager, for their own team and a child they can see. "
                    + "Every offence must be dated when the child was 10 to 17, on or before the outcome date. The "
                    + "primary case manager (the caller, when a case manager opens it) must be in the staff "
                    + "register and a member of the owning team today as CASE_MANAGER or OPERATIONS_MANAGER. "
                    + "Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such young person, or one the caller may not see")
    @APIResponse(responseCode = "422", description = "The primary case manager may not hold the case (errors[] "
            + "names primaryCaseManager.workerId, or primaryCaseManager when it is the caller, and the reason), or "
            + "the Idempotency-Key was used before with a different body. Nothing is written",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response open(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "7d2f9e10-open-case-42")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull OpenCaseRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<CaseView> opened = service.open(request);
            return new Created(URI.create("/api/v1/cases/" + opened.body().id()),
                    EntityTags.header(opened.version()), opened.body());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "updateCase", summary = "Correct an open case's type, outcome date or team",
            description = "Roles: case-manager, operations-manager, within their scope; only an operations manager "
                    + "can change the owning team. Needs If-Match with the case's ETag.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT_CLOSED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The case's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateCaseRequest request) {
        return service.update(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/offences")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "addOffence", summary = "Add an offence to an open case",
            description = "Roles: case-manager, operations-manager, within their scope. Needs If-Match with the "
                    + "case's ETag; answers with the whole case and its new ETag.")
    @APIResponse(responseCode = "200", description = "The case with the new offence",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT_CLOSED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The case already holds " + CaseView.MAX_OFFENCES
            + " offences, the most a case may hold",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response addOffence(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The case's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OffenceRequest request) {
        return service.addOffence(id, request, ifMatch).ok().build();
    }

    @PUT
    @Path("/{id}/offences/{offenceId}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "amendOffence", summary = "Correct an offence recorded in error",
            description = "Roles: case-manager, operations-manager, within their scope. Needs If-Match with the "
                    + "case's ETag; the same rules as adding one apply. Answers with the whole case and its new ETag.")
    @APIResponse(responseCode = "200", description = "The case with the corrected offence",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT_CLOSED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response amendOffence(@PathParam("id") UUID id, @PathParam("offenceId") UUID offenceId,
            @Parameter(in = ParameterIn.HEADER, description = "The case's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OffenceRequest request) {
        return service.amendOffence(id, offenceId, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "closeCase", summary = "Close a case with its end-of-order record",
            description = "Roles: case-manager, operations-manager, within their scope. Needs If-Match with the "
                    + "case's ETag. A closed case cannot change until it is reopened with a reason.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is already closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response close(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The case's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CloseCaseRequest request) {
        return service.close(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/reopening")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "reopenCase", summary = "Reopen a closed case, with the reason",
            description = "Roles: case-manager, operations-manager, within their scope. Needs If-Match with the "
                    + "case's ETag. The closure record is cleared; the reason is kept in the case's history.")
    @APIResponse(responseCode = "200", description = "Reopened",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is open",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response reopen(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The case's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReopenCaseRequest request) {
        return service.reopen(id, request, ifMatch).ok().build();
    }
}
