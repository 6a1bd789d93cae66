package uk.yos.cases.work;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path("/api/v1/cases/{caseId}/work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "What is due")
public class CaseWorkResource {

    @Inject
    Work work;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listCaseWork", summary = "What one case has due, overdue or done",
            description = CaseRecordRoles.READ + " " + WorkResource.VIEWS)
    @APIResponse(responseCode = "200", description = "One page of the case's work",
            content = @Content(schema = @Schema(implementation = WorkPage.class)))
    public WorkPage ofCase(@PathParam("caseId") UUID caseId, @Valid @BeanParam WorkSearch search,
            @Valid @BeanParam PageRequest paging) {
        return WorkPage.of(work.ofCase(caseId, search, paging));
    }

}
