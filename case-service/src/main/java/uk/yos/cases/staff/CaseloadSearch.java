package uk.yos.cases.staff;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter of a worker's caseload. */
public class CaseloadSearch {

    @QueryParam("teamCode")
    @Size(max = 40)
    @Parameter(description = "Only allocations on this team's cases (after a membership ends: what to reallocate)",
            example = "NORTH_OOC")
    public String teamCode;
}
