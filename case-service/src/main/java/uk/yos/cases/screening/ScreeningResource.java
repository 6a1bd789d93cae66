package uk.yos.cases.screening;

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

@Path("/api/v1/cases/{caseId}/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screenings")
public class ScreeningResource {

    @Inject
    Screenings screenings;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listScreenings", summary = "A case's exploitation and contextual-safeguarding screenings",
            description = CaseRecordRoles.READ + " Gang and CSE screenings are due, for the case types the area "
                    + "names, a set number of working days after the case's outcome date (yos.screenings.*).")
    @APIResponse(responseCode = "200", description = "The case's screenings, oldest first",
            content = @Content(schema = @Schema(implementation = ScreeningView.class, type = SchemaType.ARRAY)))
    public List<ScreeningView> list(@PathParam("caseId") UUID caseId) {
        return screenings.list(caseId);
    }

    @GET
    @Path("/{screeningId}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getScreening", summary = "Read one screening",
            description = CaseRecordRoles.READ + " The ETag is needed to complete it.")
    @APIResponse(responseCode = "200", description = "The screening",
            content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("screeningId") UUID screeningId) {
        return screenings.read(caseId, screeningId).ok().build();
    }

    @POST
    @Path("/{screeningId}/complete")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "completeScreening", summary = "Complete a due screening with its outcome",
            description = CaseRecordRoles.RECORD + "Needs If-Match with the screening's ETag. CONCERNS_IDENTIFIED needs the referral made (such as the National Referral "
                    + "Mechanism or the exploitation panel) and its date.")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "409", description = "Already completed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response complete(@PathParam("caseId") UUID caseId, @PathParam("screeningId") UUID screeningId,
            @Parameter(in = ParameterIn.HEADER, description = "The screening's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ScreeningResult result) {
        return screenings.complete(caseId, screeningId, result, ifMatch).ok().build();
    }

    @POST
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "recordScreening", summary = "Record a screening done without one being due",
            description = "Roles: case-manager, operations-manager, for open cases in their scope. A contextual "
                    + "safeguarding screening, or a repeat one; when a screening of that kind is due, complete that "
                    + "one instead (409). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "409", description = "The case is closed, or a screening of that kind is due",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response record(@PathParam("caseId") UUID caseId,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "9a0d-contextual-screening")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull RecordScreeningRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<ScreeningView> recorded = screenings.record(caseId, request);
            return new Created(URI.create("/api/v1/cases/" + caseId + "/screenings/" + recorded.body().id()),
                    EntityTags.header(recorded.version()), recorded.body());
        });
    }
}
