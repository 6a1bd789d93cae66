package uk.yos.referralorders.panel;

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

@Path("/api/v1/panels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels")
public class PanelResource {

    private static final String IF_MATCH = "The panel's current ETag";
    private static final String PROBLEM = "application/problem+json";
    private static final String READERS = "panel-coordinator (all panels); case-manager, operations-manager and "
            + "head-of-service for cases case-service shows them (checked there with their token; 503 when it is "
            + "unavailable); panel-volunteer for the panels they sit on";

    @Inject
    PanelService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.PANEL_COORDINATOR, Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE,
            Roles.PANEL_VOLUNTEER })
    @Operation(operationId = "searchPanels", summary = "List and filter panels",
            description = "Roles: " + READERS + ". Case roles must give caseId (400 without it; an empty page for a "
                    + "case they may not see). Sort fields: scheduledFor, type, status, createdAt (default "
                    + "scheduledFor). Each search is audited.")
    @APIResponse(responseCode = "200", description = "One page of panels",
            content = @Content(schema = @Schema(implementation = PanelPage.class)))
    @APIResponse(responseCode = "503", description = "case-service is unavailable",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public PanelPage search(@Valid @BeanParam PanelSearch search, @Valid @BeanParam PageRequest paging) {
        return PanelPage.of(service.search(search, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PANEL_COORDINATOR, Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE,
            Roles.PANEL_VOLUNTEER })
    @Operation(operationId = "getPanel", summary = "Read a panel with its members, outcome and debrief",
            description = "Roles: " + READERS + "; any other panel answers 404. Every read is audited. The ETag is "
                    + "needed for any change to the panel.")
    @APIResponse(responseCode = "200", description = "The panel",
            content = @Content(schema = @Schema(implementation = PanelView.class)))
    @APIResponse(responseCode = "503", description = "case-service is unavailable",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response get(@PathParam("id") UUID id) {
        return service.read(id).ok().build();
    }

    @POST
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "schedulePanel", summary = "Schedule a panel for a referral order",
            description = "Roles: panel-coordinator. The composition is checked (422 with one error per broken rule "
                    + "or volunteer): at least one YOS advisor; at least two volunteers, exactly one chairing, with "
                    + "CHAIR training; each volunteer ACTIVE, DBS-checked before the panel date with the check "
                    + "expiring after it, and with no declared conflict with the child. A volunteer who declared a "
                    + "conflict with one of the order's recorded victims is refused with 409 (nothing is written). An "
                    + "INITIAL panel needs an order awaiting its contract, the others an ACTIVE order. A scheduled "
                    + "REVIEW panel shows breachConsideration. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = PanelView.class)))
    @APIResponse(responseCode = "409", description = "A volunteer has declared a conflict of interest with a victim "
            + "of the order", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The composition breaks a rule, the order is unknown or not in a "
            + "state for this type of panel, or the Idempotency-Key was used with another body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response schedule(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "2a7c9e4d-schedule-panel-1")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull SchedulePanelRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<PanelView> scheduled = service.schedule(request);
            return new Created(URI.create("/api/v1/panels/" + scheduled.body().id()),
                    EntityTags.header(scheduled.version()), scheduled.body());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "updatePanel", summary = "Reschedule a panel or change its members",
            description = "Roles: panel-coordinator. Needs If-Match. Only a SCHEDULED panel (409 otherwise); the "
                    + "composition is checked again for the new date and members (422), and no volunteer may have "
                    + "declared a conflict with one of the order's victims (409).")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = PanelView.class)))
    @APIResponse(responseCode = "409", description = "The panel is held or cancelled, its order has ended, or a "
            + "volunteer has declared a conflict of interest with a victim of the order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The composition breaks a rule",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdatePanelRequest request) {
        return service.update(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "recordPanelOutcome", summary = "Record what happened at the panel",
            description = "Roles: panel-coordinator. Needs If-Match. CONTRACT_AGREED (with its terms) at the INITIAL "
                    + "panel starts the order; later it varies the contract. REFERRED_BACK_TO_COURT and "
                    + "ORDER_COMPLETED end the order. A child who did not attend gets a missed appointment on the "
                    + "order, and the panel can only adjourn or refer back.")
    @APIResponse(responseCode = "200", description = "The held panel",
            content = @Content(schema = @Schema(implementation = PanelView.class)))
    @APIResponse(responseCode = "409", description = "The panel is not SCHEDULED, or the order is not in the state "
            + "this panel needs", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "A decision this panel cannot reach",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response recordOutcome(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PanelOutcomeRequest request) {
        return service.recordOutcome(id, request, ifMatch).ok().build();
    }

    @PUT
    @Path("/{id}/debrief")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "recordPanelDebrief", summary = "Record the panellists' debrief",
            description = "Roles: panel-coordinator. Needs If-Match. Only for a HELD panel (409 otherwise); "
                    + "replaces an earlier debrief.")
    @APIResponse(responseCode = "200", description = "The panel with its debrief",
            content = @Content(schema = @Schema(implementation = PanelView.class)))
    @APIResponse(responseCode = "409", description = "The panel has not been held",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response recordDebrief(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DebriefRequest request) {
        return service.recordDebrief(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "cancelPanel", summary = "Cancel a scheduled panel",
            description = "Roles: panel-coordinator. Needs If-Match. Only a SCHEDULED panel (409 otherwise).")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = PanelView.class)))
    @APIResponse(responseCode = "409", description = "The panel is not SCHEDULED",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CancelPanelRequest request) {
        return service.cancel(id, request, ifMatch).ok().build();
    }
}
