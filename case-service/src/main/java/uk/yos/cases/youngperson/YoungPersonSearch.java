package uk.yos.cases.youngperson;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.yos.cases.contract.Ethnicity;
import uk.yos.cases.contract.Gender;

/** The filters of the young-people list; each is optional and they combine with AND. */
public class YoungPersonSearch {

    @QueryParam("name")
    @Size(min = 2, max = 100, message = "must be 2 to 100 characters")
    @Parameter(description = "Start of the given or family name (case-insensitive)", example = "Exa")
    public String name;

    @QueryParam("dateOfBirth")
    @Parameter(description = "Exact date of birth", example = "2011-04-09")
    public LocalDate dateOfBirth;

    @QueryParam("gender")
    public Gender gender;

    @QueryParam("ethnicity")
    public Ethnicity ethnicity;

    @QueryParam("localityCode")
    @Size(max = 40)
    public String localityCode;

    @QueryParam("areaCode")
    @Size(max = 40)
    public String areaCode;

    @QueryParam("teamCode")
    @Size(max = 40)
    public String teamCode;

    @QueryParam("childInCare")
    public Boolean childInCare;

    @QueryParam("send")
    public Boolean send;

    @QueryParam("ehcp")
    public Boolean ehcp;

    @QueryParam("localReference")
    @Pattern(regexp = "[A-Za-z0-9/_-]{1,30}", message = "must be 1 to 30 letters, digits, / _ or -")
    public String localReference;

    @QueryParam("pncId")
    @Size(max = 13)
    public String pncId;
}
