package uk.yos.cases.work;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path("/api/v1/work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "What is due")
public class WorkResource {

    static final String VIEWS = "The work is every start, review and end-of-order assessment, sign-off of "
            + "ratings, Risk, Safety and Wellbeing panel, compulsory gang and CSE screening, plan and breach "
            + "consideration a case falls due for. view=DUE: due from today to today plus withinDays, earliest "
            + "first; OVERDUE: not done past its due date, earliest first; COMPLETED: done from completedFrom to "
            + "completedTo, with whether on time. Work of a closed case is not due (it is due again if the case "
            + "reopens).";

    @Inject
    Work work;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listWork", summary = "What is due, overdue or done across cases, for a team or a worker",
            description = "Roles: case-manager (their team's cases and those allocated to them), operations-manager "
                    + "(their team's), head-of-service (all); teamCode and workerId narrow it further. Each search is "
                    + "audited. " + VIEWS + " The sort is fixed by the view.")
    @APIResponse(responseCode = "200", description = "One page of work",
            content = @Content(schema = @Schema(implementation = WorkPage.class)))
    public WorkPage search(@Valid @BeanParam WorkSearch.AcrossCases search, @Valid @BeanParam PageRequest paging) {
        return WorkPage.of(work.search(search, paging));
    }
}
