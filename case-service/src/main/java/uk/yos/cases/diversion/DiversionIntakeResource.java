package uk.yos.cases.diversion;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.cases.contract.DiversionIntake;
import uk.yos.cases.contract.DiversionIntakeRequest;
import uk.yos.web.security.Roles;

/** prevention-service's way in: a formal out-of-court decision becomes a case here. */
@Path("/api/v1/cases/diversion-intakes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class DiversionIntakeResource {

    @Inject
    DiversionIntakes intakes;

    @POST
    @RolesAllowed(Roles.PREVENTION_WORKER)
    @Operation(operationId = "receiveDiversionIntake",
            summary = "Open a youth caution or conditional caution case from a prevention decision, exactly once",
            description = "Roles: prevention-worker. The child is matched by PNC id when given and recorded, "
                    + "otherwise by date of birth and given and family names (ignoring case) when exactly one child "
                    + "matches; otherwise a new child is recorded in the owning team. No primary case manager is "
                    + "allocated: an operations manager allocates one later. Safe to retry without an "
                    + "Idempotency-Key: the first call with a sourceReference answers 201, every later one (whoever "
                    + "sends it, whatever the body) 200 with the same body, and never opens a second case.")
    @APIResponse(responseCode = "201", description = "The case was opened by this call",
            content = @Content(schema = @Schema(implementation = DiversionIntake.class)))
    @APIResponse(responseCode = "200", description = "A case was already opened for this sourceReference",
            content = @Content(schema = @Schema(implementation = DiversionIntake.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field as in the body, "
            + "e.g. caseType, owningTeamCode, youngPerson.pncId, offences[0].offenceDate",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The child's local reference belongs to another recorded child",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response receive(@Valid @NotNull DiversionIntakeRequest request) {
        DiversionIntakes.Outcome outcome = intakes.receive(request);
        if (!outcome.opened()) {
            return Response.ok(outcome.intake()).build();
        }
        return Response.created(URI.create("/api/v1/cases/" + outcome.intake().caseId()))
                .entity(outcome.intake()).build();
    }
}
