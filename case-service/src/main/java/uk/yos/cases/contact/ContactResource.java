package uk.yos.cases.contact;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import uk.yos.cases.access.CaseRecordRoles;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.web.security.Roles;

@Path("/api/v1/cases/{caseId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts and appointments")
public class ContactResource {

    private static final String BREACH_RULE = "An UNACCEPTABLE_ABSENCE gives a warning dated on the appointment's "
            + "day. When the warnings within yos.contacts.breach.window-months (12) back from today that no breach "
            + "consideration has counted reach yos.contacts.breach.warnings (2), the case is flagged for breach "
            + "consideration, due yos.contacts.breach.decision-within-working-days (5) working days after the warning "
            + "that reached the number (work of kind BREACH_CONSIDERATION). Warnings given while one is outstanding "
            + "count towards it; after a decision a new consideration needs the number reached again.";

    @Inject
    Contacts contacts;

    @Inject
    BreachConsiderations breaches;

    @Inject
    ContactCompliance compliance;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listContacts", summary = "A case's contacts and appointments",
            description = CaseRecordRoles.READ + " Newest first by the appointment's date and time: the "
                    + "appointments still to come, then those past, each with its outcome and any warning it gave.")
    @APIResponse(responseCode = "200", description = "The case's contacts, newest first",
            content = @Content(schema = @Schema(implementation = ContactView.class, type = SchemaType.ARRAY)))
    public List<ContactView> list(@PathParam("caseId") UUID caseId) {
        return contacts.list(caseId);
    }

    @POST
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "planContact", summary = "Plan an appointment with the child",
            description = "Roles: case-manager, operations-manager, for open cases in their scope. The kind, the date "
                    + "and time (England and Wales local time), the place and the worker. A contact that already "
                    + "happened may be entered with its past time, then its outcome recorded. Send an "
                    + "Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "The case is closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response plan(@PathParam("caseId") UUID caseId,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "3c1e-supervision-22-june")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull PlanContactRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<ContactView> planned = contacts.plan(caseId, request);
            return new Created(URI.create("/api/v1/cases/" + caseId + "/contacts/" + planned.body().id()),
                    EntityTags.header(planned.version()), planned.body());
        });
    }

    @GET
    @Path("/{appointmentId}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getContact", summary = "Read one contact",
            description = CaseRecordRoles.READ + " The ETag is needed to record its outcome.")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("appointmentId") UUID appointmentId) {
        return contacts.read(caseId, appointmentId).ok().build();
    }

    @POST
    @Path("/{appointmentId}/outcome")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "recordContactOutcome", summary = "Record what became of an appointment",
            description = CaseRecordRoles.RECORD + "Needs If-Match with the contact's ETag. Only once the appointment's time has passed (422 before), and once (409 "
                    + "after). ACCEPTABLE_ABSENCE needs the reason; it never gives a warning. " + BREACH_RULE)
    @APIResponse(responseCode = "200", description = "Recorded, with the warning it gave, if any",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "The outcome is already recorded",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The appointment's time has not come yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response recordOutcome(@PathParam("caseId") UUID caseId, @PathParam("appointmentId") UUID appointmentId,
            @Parameter(in = ParameterIn.HEADER, description = "The contact's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RecordOutcomeRequest request) {
        return contacts.recordOutcome(caseId, appointmentId, request, ifMatch).ok().build();
    }

    @GET
    @Path("/warnings")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listContactWarnings", summary = "A case's warnings for unacceptable absences",
            description = CaseRecordRoles.READ + " " + BREACH_RULE)
    @APIResponse(responseCode = "200", description = "The case's warnings, newest first",
            content = @Content(schema = @Schema(implementation = WarningView.class, type = SchemaType.ARRAY)))
    public List<WarningView> warnings(@PathParam("caseId") UUID caseId) {
        return breaches.warnings(caseId);
    }

    @GET
    @Path("/breach-considerations")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listBreachConsiderations", summary = "A case's breach considerations and decisions",
            description = CaseRecordRoles.READ + " " + BREACH_RULE)
    @APIResponse(responseCode = "200", description = "The case's breach considerations, oldest first",
            content = @Content(schema = @Schema(implementation = BreachConsiderationView.class,
                    type = SchemaType.ARRAY)))
    public List<BreachConsiderationView> considerations(@PathParam("caseId") UUID caseId) {
        return breaches.considerations(caseId);
    }

    @POST
    @Path("/breach-consideration/decision")
    @RolesAllowed({ Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "decideBreachConsideration", summary = "Decide the case's outstanding breach "
            + "consideration",
            description = "Roles: operations-manager, of the case's own team; a case outside their scope (another "
                    + "team's) answers 404, and a manager whose token names another team 403. BREACH_PROCEEDINGS, "
                    + "FURTHER_WARNING_ONLY or NO_ACTION, with the reason, decided today; the consideration's work "
                    + "item is done. Of two managers deciding at once, the second gets 409.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = BreachConsiderationView.class)))
    @APIResponse(responseCode = "403", description = "Not an operations manager, or not of the case's team",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "No breach consideration is outstanding",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response decide(@PathParam("caseId") UUID caseId, @Valid @NotNull BreachDecisionRequest request) {
        return breaches.decide(caseId, request).ok().build();
    }

    @GET
    @Path("/compliance")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getContactCompliance", summary = "A month's contacts against the scaled approach",
            description = CaseRecordRoles.READ + " The scaled approach in effect now (the ratings in effect; "
                    + "NO_SCALED_APPROACH until an assessment's ratings take effect), the contacts a month it expects "
                    + "(yos.contacts.expected-per-month.*: STANDARD 2, ENHANCED 4, INTENSIVE 12), the contacts "
                    + "attended in the month (by the appointment's England and Wales date and time, from the 1st at "
                    + "00:00 to the end of the month), whether that meets it, the warnings in the window and whether "
                    + "breach consideration is outstanding.")
    @APIResponse(responseCode = "200", description = "The month's compliance",
            content = @Content(schema = @Schema(implementation = ComplianceView.class)))
    public ComplianceView compliance(@PathParam("caseId") UUID caseId,
            @Parameter(description = "The month, YYYY-MM; the current month when absent", example = "2026-06",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-(0[1-9]|1[0-2])$", maxLength = 7))
            @QueryParam("month") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month, YYYY-MM")
            String month) {
        return compliance.of(caseId, month == null ? null : YearMonth.parse(month));
    }
}
