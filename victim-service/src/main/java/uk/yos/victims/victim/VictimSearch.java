package uk.yos.victims.victim;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the victim list; each is optional and they combine with AND. */
public class VictimSearch {

    @QueryParam("caseId")
    public UUID caseId;

    @QueryParam("offenceId")
    public UUID offenceId;

    @QueryParam("name")
    @Size(min = 2, max = 100, message = "must be 2 to 100 characters")
    @Parameter(description = "Start of the given or family name (case-insensitive)", example = "Vic")
    public String name;

    @QueryParam("dateOfBirth")
    @Parameter(description = "Exact date of birth", example = "1980-02-14")
    public LocalDate dateOfBirth;

    @QueryParam("enhancedRights")
    public Boolean enhancedRights;

    @QueryParam("rjOffered")
    @Parameter(description = "true or false: the RJ decision recorded")
    public Boolean rjOffered;

    @QueryParam("consentWithdrawn")
    public Boolean consentWithdrawn;

    @QueryParam("referredFrom")
    @Parameter(description = "Referred on or after this date")
    public LocalDate referredFrom;

    @QueryParam("referredTo")
    @Parameter(description = "Referred on or before this date")
    public LocalDate referredTo;
}
