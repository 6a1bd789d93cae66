package uk.yos.cases.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the staff register; each is optional. The team, role and date filters ask about one and the same
 * membership: {@code teamCode=NORTH_OOC&activeOn=2026-06-15} lists who is in North on that day.
 */
public class StaffSearch {

    @QueryParam("teamCode")
    @Size(max = 40)
    @Parameter(description = "Workers with a membership of this team", example = "NORTH_OOC")
    public String teamCode;

    @QueryParam("teamRole")
    @Parameter(description = "Workers with a membership in this role")
    public TeamRole teamRole;

    @QueryParam("activeOn")
    @Parameter(description = "Workers with a membership covering this day (with teamCode: of that team)",
            example = "2026-06-15")
    public LocalDate activeOn;

    @QueryParam("subject")
    @Size(max = 64)
    @Parameter(description = "The worker with this Keycloak user id", example = "6f1c2a80-0000-4000-8000-000000000001")
    public String subject;
}
