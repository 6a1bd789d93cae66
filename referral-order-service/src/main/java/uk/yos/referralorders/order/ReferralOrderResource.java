package uk.yos.referralorders.order;

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
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path("/api/v1/referral-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referral orders")
public class ReferralOrderResource {

    private static final String IF_MATCH = "The order's current ETag";
    private static final String PROBLEM = "application/problem+json";
    private static final String CASE_READERS = "case-manager, operations-manager and head-of-service for cases "
            + "case-service shows them (checked there with their token; 503 when case-service is unavailable)";

    @Inject
    ReferralOrderService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.PANEL_COORDINATOR, Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "searchReferralOrders", summary = "List and filter referral orders",
            description = "Roles: panel-coordinator (all orders); " + CASE_READERS + ", who must give caseId (400 "
                    + "without it; an empty page for a case they may not see). Sort fields: sentenceDate, "
                    + "initialPanelDueDate, endDate, status, createdAt (default -sentenceDate). Each search is audited.")
    @APIResponse(responseCode = "200", description = "One page of referral orders",
            content = @Content(schema = @Schema(implementation = ReferralOrderPage.class)))
    @APIResponse(responseCode = "503", description = "case-service is unavailable",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public ReferralOrderPage search(@Valid @BeanParam ReferralOrderSearch search, @Valid @BeanParam PageRequest paging) {
        return ReferralOrderPage.of(service.search(search, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PANEL_COORDINATOR, Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getReferralOrder", summary = "Read a referral order",
            description = "Roles: panel-coordinator; " + CASE_READERS + "; any other order answers 404. Every read "
                    + "is audited. The ETag is needed for any change to the order.")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = ReferralOrderView.class)))
    @APIResponse(responseCode = "503", description = "case-service is unavailable",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response get(@PathParam("id") UUID id) {
        return service.read(id).ok().build();
    }

    @GET
    @Path("/{id}/contract")
    @RolesAllowed({ Roles.PANEL_COORDINATOR, Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE,
            Roles.PANEL_VOLUNTEER })
    @Operation(operationId = "getReferralOrderContract", summary = "Read the order's current contract",
            description = "Roles: panel-coordinator; " + CASE_READERS + "; panel-volunteer for orders they sit a "
                    + "panel of. 404 for any other order, and while no contract has been agreed. Audited.")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "503", description = "case-service is unavailable",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public ContractView contract(@PathParam("id") UUID id) {
        return service.contract(id);
    }

    @POST
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "createReferralOrder", summary = "Record a referral order for a case",
            description = "Roles: panel-coordinator. The case is checked in case-service with your token: it must "
                    + "be an OPEN REFERRAL_ORDER case (422 naming caseId otherwise, or when case-service does not know "
                    + "it); if case-service is unavailable the answer is 503 and nothing is written. One order per "
                    + "case. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReferralOrderView.class)))
    @APIResponse(responseCode = "409", description = "The case already has a referral order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "caseId is not an OPEN REFERRAL_ORDER case you can refer "
            + "to, or the Idempotency-Key was used with another body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "case-service is unavailable; nothing was written",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "9c1d7e2b-create-order-3")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull CreateReferralOrderRequest request) {
        // case-service is asked first, outside the transaction that writes the order.
        CaseReference reference = service.checkNewOrder(request);
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<ReferralOrderView> created = service.create(request, reference);
            return new Created(URI.create("/api/v1/referral-orders/" + created.body().id()),
                    EntityTags.header(created.version()), created.body());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "correctReferralOrder", summary = "Correct an order's sentence date, court or length",
            description = "Roles: panel-coordinator. Needs If-Match. The initial panel's due date and the end date "
                    + "follow. Not once the order is completed, revoked or referred back (409).")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = ReferralOrderView.class)))
    @APIResponse(responseCode = "409", description = "The order has ended",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Length and extensions would exceed 12 months",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response correct(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CorrectReferralOrderRequest request) {
        return service.correct(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/extensions")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "extendReferralOrder", summary = "Record an extension the court granted",
            description = "Roles: panel-coordinator. Needs If-Match. Only an ACTIVE order (409 otherwise); "
                    + "extensions add at most 3 months in all and never take the order past 12 months (422). The end "
                    + "date moves accordingly.")
    @APIResponse(responseCode = "200", description = "The extended order",
            content = @Content(schema = @Schema(implementation = ReferralOrderView.class)))
    @APIResponse(responseCode = "409", description = "The order is not ACTIVE",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The extension breaks the 3-month or 12-month limit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response extend(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ExtensionRequest request) {
        return service.extend(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/revocation-requests")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "requestReferralOrderRevocation", summary = "Record an application to revoke the order",
            description = "Roles: panel-coordinator. Needs If-Match. Only an ACTIVE order with no pending request "
                    + "(409 otherwise). After a refusal, a new request is refused (422) until 3 months after that "
                    + "decision.")
    @APIResponse(responseCode = "200", description = "The order with the pending request",
            content = @Content(schema = @Schema(implementation = ReferralOrderView.class)))
    @APIResponse(responseCode = "409", description = "The order is not ACTIVE, or a request is pending",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "A refusal less than 3 months ago blocks a new request",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response requestRevocation(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RevocationApplication request) {
        return service.requestRevocation(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/revocation-requests/{requestId}/decision")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "decideReferralOrderRevocation", summary = "Record the court's decision on a revocation request",
            description = "Roles: panel-coordinator. Needs If-Match with the order's ETag. GRANTED revokes the order "
                    + "(its scheduled panels are cancelled); REFUSED blocks new requests for 3 months.")
    @APIResponse(responseCode = "200", description = "The order after the decision",
            content = @Content(schema = @Schema(implementation = ReferralOrderView.class)))
    @APIResponse(responseCode = "409", description = "The request was already decided",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response decideRevocation(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RevocationDecisionRequest request) {
        return service.decideRevocation(id, requestId, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/missed-appointments")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "recordMissedAppointment", summary = "Record an appointment the child missed",
            description = "Roles: panel-coordinator. Needs If-Match. Missed panels are recorded automatically "
                    + "when a panel's outcome says the child did not attend.")
    @APIResponse(responseCode = "200", description = "The order with the missed appointment",
            content = @Content(schema = @Schema(implementation = ReferralOrderView.class)))
    public Response recordMissedAppointment(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MissedAppointmentRequest request) {
        return service.recordMissedAppointment(id, request, ifMatch).ok().build();
    }

    @PUT
    @Path("/{id}/victims")
    @RolesAllowed(Roles.PANEL_COORDINATOR)
    @Operation(operationId = "recordReferralOrderVictims", summary = "Record the victims of the order's offences",
            description = "Roles: panel-coordinator. Needs If-Match. Replaces the order's list of victim-service "
                    + "victim ids (ids only: a victim's name and details stay with the RJ team). A volunteer who has "
                    + "declared a VICTIM conflict of interest with one of them may not then be put on the order's "
                    + "panels (409). Refused (409, nothing changes) once the order has ended, and while a volunteer on "
                    + "one of its scheduled panels has declared a conflict with a victim being added: change that "
                    + "panel first. An id listed twice is a 400.")
    @APIResponse(responseCode = "200", description = "The order with its victims",
            content = @Content(schema = @Schema(implementation = ReferralOrderView.class)))
    @APIResponse(responseCode = "409", description = "The order has ended, or a volunteer on a scheduled panel has "
            + "declared a conflict with a victim being added",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response recordVictims(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrderVictimsRequest request) {
        return service.recordVictims(id, request, ifMatch).ok().build();
    }
}
