package uk.yos.victims.victim;

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
import jakarta.ws.rs.QueryParam;
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

import uk.yos.cases.contract.CaseReference;
import uk.yos.common.client.caseservice.CaseService;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.problem.ProblemException;
import uk.yos.web.security.Roles;

@Path("/api/v1/victims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Victims")
public class VictimResource {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String RULE_REFUSED = "Refused by a rule of the victim's record (explained in detail)";
    private static final String DEPENDENCY_DOWN = "case-service is unavailable, failing or slow: nothing was written";

    @Inject
    VictimService service;

    @Inject
    CaseService cases;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "searchVictims", summary = "List and search victims",
            description = "Roles: rj-worker. Sort fields: familyName, givenName, referredOn, rjInformationDueDate, "
                    + "createdAt (default -referredOn). No contact details in the list. Each search is audited.")
    @APIResponse(responseCode = "200", description = "One page of victims",
            content = @Content(schema = @Schema(implementation = VictimPage.class)))
    public VictimPage search(@Valid @BeanParam VictimSearch search, @Valid @BeanParam PageRequest paging) {
        return VictimPage.of(service.search(search, paging));
    }

    @GET
    @Path("/rj-information-due")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "listRjInformationDue", summary = "Victims still to be given RJ information, due soon or overdue",
            description = "Roles: rj-worker. Victims not yet given RJ information whose due date (5 working days after "
                    + "the referral, 1 with enhanced rights) is within withinWorkingDays working days of today or has "
                    + "passed; victims who may not be contacted are left out. Sort fields: rjInformationDueDate "
                    + "(default), referredOn, familyName. Audited as a search.")
    @APIResponse(responseCode = "200", description = "One page of victims, most urgent first",
            content = @Content(schema = @Schema(implementation = RjInformationDueView.Page.class)))
    public RjInformationDueView.Page rjInformationDue(
            @Parameter(description = "Working days ahead of today to include (default 2, at most 20)", example = "2",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "20"))
            @QueryParam("withinWorkingDays") Integer withinWorkingDays,
            @Parameter(description = "Only this case's victims") @QueryParam("caseId") UUID caseId,
            @Valid @BeanParam PageRequest paging) {
        return service.rjInformationDue(withinWorkingDays, caseId, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "getVictim", summary = "Read a victim's whole record, contact details included",
            description = "Roles: rj-worker. Every read is audited. The ETag is needed for any change to the victim.")
    @APIResponse(responseCode = "200", description = "The victim",
            content = @Content(schema = @Schema(implementation = VictimView.class)))
    public Response get(@PathParam("id") UUID id) {
        return service.read(id).ok().build();
    }

    @POST
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "createVictim", summary = "Record a victim the police passed on",
            description = "Roles: rj-worker. The case and offence are checked with case-service using the caller's "
                    + "token: a case the caller cannot refer to is 422 naming caseId, an offence not on the case 422 "
                    + "naming offenceId; case-service unavailable is 503 and nothing is written. referredOn starts the "
                    + "RJ-information clock. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VictimView.class)))
    @APIResponse(responseCode = "422", description = "caseId or offenceId cannot be referred to, or the "
            + "Idempotency-Key was used with a different body",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = DEPENDENCY_DOWN,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "5b2e71c0-victim-7")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull CreateVictimRequest request) {
        // Outside any transaction: if case-service fails, nothing has been written.
        CaseReference reference = linkableCase(request.caseId(), request.offenceId());
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<VictimView> created = service.create(request, reference);
            return new Created(URI.create("/api/v1/victims/" + created.body().id()),
                    EntityTags.header(created.version()), created.body());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "updateVictim", summary = "Correct a victim's personal and contact details",
            description = "Roles: rj-worker. Needs If-Match with the victim's ETag. The case and offence cannot "
                    + "change; a corrected referral date or enhanced-rights flag moves the RJ-information due date.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = VictimView.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The victim's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateVictimRequest request) {
        return service.update(id, request, ifMatch).ok().build();
    }

    @PUT
    @Path("/{id}/consent")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "recordVictimConsent", summary = "Record the victim's consents, each with its date",
            description = "Roles: rj-worker. Needs If-Match with the victim's ETag. Police consent to share, consent "
                    + "to be contacted and evaluation consent (which needs consent to be contacted). After a "
                    + "withdrawal, 422.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VictimView.class)))
    @APIResponse(responseCode = "422", description = RULE_REFUSED,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response recordConsent(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The victim's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConsentRequest request) {
        return service.recordConsent(id, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{id}/consent-withdrawal")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "withdrawVictimConsent", summary = "Record that the victim withdrew consent",
            description = "Roles: rj-worker. Needs If-Match with the victim's ETag. Final: afterwards no contact, "
                    + "intervention, support referral or evaluation can be recorded (422), and open interventions are "
                    + "withdrawn. A second withdrawal is 422.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = VictimView.class)))
    @APIResponse(responseCode = "422", description = RULE_REFUSED,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response withdrawConsent(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The victim's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConsentWithdrawalRequest request) {
        return service.withdrawConsent(id, request, ifMatch).ok().build();
    }

    @PUT
    @Path("/{id}/rj-decision")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "recordRjDecision", summary = "Record whether RJ is offered, with the reasons",
            description = "Roles: rj-worker. Needs If-Match with the victim's ETag. Reasons are required either way; "
                    + "the decision maker is the caller. Not offering RJ while interventions are open is 422.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VictimView.class)))
    @APIResponse(responseCode = "422", description = RULE_REFUSED,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response recordRjDecision(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The victim's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RjDecisionRequest request) {
        return service.recordRjDecision(id, request, ifMatch).ok().build();
    }

    @PUT
    @Path("/{id}/feedback")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "recordVictimFeedback", summary = "Record the victim's views, wishes and agreed reparation",
            description = "Roles: rj-worker. Needs If-Match with the victim's ETag. This is what the case manager and "
                    + "the panel read in the feedback report: write no names or contact details here.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VictimView.class)))
    public Response recordFeedback(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The victim's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FeedbackRequest request) {
        return service.recordFeedback(id, request, ifMatch).ok().build();
    }

    /**
     * The case a victim is being linked to, as case-service shows it to the caller, which must hold the offence: 422
     * naming {@code caseId} when the caller may not refer to the case (or it does not exist), 422 naming
     * {@code offenceId} when the offence is not one of the case's.
     */
    private CaseReference linkableCase(UUID caseId, UUID offenceId) {
        CaseReference reference = cases.find(caseId)
                .orElseThrow(() -> ProblemException.unprocessable("caseId", "is not a case you can link a victim to"));
        if (reference.offence(offenceId).isEmpty()) {
            throw ProblemException.unprocessable("offenceId", "is not one of the offences of case " + caseId);
        }
        return reference;
    }
}
