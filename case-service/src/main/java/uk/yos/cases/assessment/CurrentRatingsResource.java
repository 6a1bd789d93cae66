package uk.yos.cases.assessment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.cases.access.CaseRecordRoles;
import uk.yos.web.security.Roles;

@Path("/api/v1/cases/{caseId}/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class CurrentRatingsResource {

    @Inject
    Assessments assessments;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getCurrentRatings", summary = "The ratings and scaled approach in effect for a case",
            description = CaseRecordRoles.READ + " Ratings that await a manager's sign-off are not yet in effect: "
                    + "they show as the sign-off outstanding, with the day it is due.")
    @APIResponse(responseCode = "200", description = "The case's current ratings",
            content = @Content(schema = @Schema(implementation = CurrentRatingsView.class)))
    public CurrentRatingsView ratings(@PathParam("caseId") UUID caseId) {
        return assessments.currentRatings(caseId);
    }

}
