package uk.yos.referralorders.volunteer;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the volunteer list; each is optional and they combine with AND. */
public class VolunteerSearch {

    @QueryParam("status")
    public VolunteerStatus status;

    @QueryParam("chairTrained")
    @Parameter(description = "Volunteers with (true) or without (false) CHAIR training")
    public Boolean chairTrained;

    @QueryParam("dbsExpiringBefore")
    @Parameter(description = "Volunteers whose DBS check expires before this date, or who have none",
            example = "2027-01-01")
    public LocalDate dbsExpiringBefore;

    @QueryParam("name")
    @Size(min = 2, max = 100, message = "must be 2 to 100 characters")
    @Parameter(description = "Start of the given or family name (case-insensitive)", example = "Jor")
    public String name;
}
