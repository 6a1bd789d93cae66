package uk.yos.cases.plan;

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
import jakarta.ws.rs.PUT;
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

import uk.yos.cases.access.CaseRecordRoles;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.web.security.Roles;

@Path("/api/v1/cases/{caseId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanResource {

    @Inject
    Plans plans;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listPlans", summary = "A case's plans, each at its current version",
            description = CaseRecordRoles.READ + " At most one plan of each kind: INTERVENTION, CONTINGENCY, "
                    + "TRANSITION.")
    @APIResponse(responseCode = "200", description = "The case's plans",
            content = @Content(schema = @Schema(implementation = PlanView.class, type = SchemaType.ARRAY,
                    maxItems = 3)))
    public List<PlanView> list(@PathParam("caseId") UUID caseId) {
        return plans.list(caseId);
    }

    @GET
    @Path("/transition")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getTransition", summary = "A case's transition to adult services",
            description = CaseRecordRoles.READ + " For a court order: the day the child is 17 years 6 months old (a "
                    + "child born on 29 February is 17 on 1 March in a common year), by which a transition plan is "
                    + "due. The children reaching it within N days without a plan: GET "
                    + "/api/v1/work?view=DUE&kind=TRANSITION_PLAN&withinDays=N.")
    @APIResponse(responseCode = "200", description = "The case's transition",
            content = @Content(schema = @Schema(implementation = TransitionView.class)))
    public TransitionView transition(@PathParam("caseId") UUID caseId) {
        return plans.transition(caseId);
    }

    @GET
    @Path("/{planId}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getPlan", summary = "Read a plan at its current version",
            description = CaseRecordRoles.READ + " The ETag is needed to record a new version.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("planId") UUID planId) {
        return plans.read(caseId, planId).ok().build();
    }

    @GET
    @Path("/{planId}/versions")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listPlanVersions", summary = "Every version of a plan, the first first",
            description = CaseRecordRoles.READ + " Superseded versions stay as they were recorded.")
    @APIResponse(responseCode = "200", description = "The plan's versions",
            content = @Content(schema = @Schema(implementation = PlanView.class, type = SchemaType.ARRAY)))
    public List<PlanView> versions(@PathParam("caseId") UUID caseId, @PathParam("planId") UUID planId) {
        return plans.versions(caseId, planId);
    }

    @POST
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "createPlan", summary = "Make a case's plan of a kind",
            description = CaseRecordRoles.RECORD + "The case must be open and have no plan of that kind (409: record "
                    + "a new version instead). A contingency plan answers the one due since ratings of MEDIUM or "
                    + "above took effect; a transition plan the one due at 17 years 6 months. The plan's review falls "
                    + "due on its review date. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Made, at version 1",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "The case is closed, or has a plan of that kind",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@PathParam("caseId") UUID caseId,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "2b7e-contingency-plan")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull NewPlanRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<PlanView> made = plans.create(caseId, request);
            return new Created(URI.create("/api/v1/cases/" + caseId + "/plans/" + made.body().id()),
                    EntityTags.header(made.version()), made.body());
        });
    }

    @PUT
    @Path("/{planId}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "revisePlan", summary = "Record a new version of a plan",
            description = CaseRecordRoles.RECORD + "Needs If-Match with the plan's ETag. The version before stays "
                    + "readable; its review counts as done on the new version's date, and the new review date falls "
                    + "due.")
    @APIResponse(responseCode = "200", description = "The new current version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response revise(@PathParam("caseId") UUID caseId, @PathParam("planId") UUID planId,
            @Parameter(in = ParameterIn.HEADER, description = "The plan's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanRequest request) {
        return plans.revise(caseId, planId, request, ifMatch).ok().build();
    }
}
