package uk.yos.cases.caserecord;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the case list; each is optional and they combine with AND. */
public class CaseSearch {

    @QueryParam("youngPersonId")
    public UUID youngPersonId;

    @QueryParam("status")
    public CaseStatus status;

    @QueryParam("caseType")
    public CaseType caseType;

    @QueryParam("owningTeamCode")
    @Size(max = 40)
    public String owningTeamCode;

    @QueryParam("allocatedWorkerId")
    @Size(max = 64)
    @Parameter(description = "Cases where this worker holds a current allocation (any role)")
    public String allocatedWorkerId;

    @QueryParam("outcomeDateFrom")
    @Parameter(description = "Outcome or sentence on or after this date")
    public LocalDate outcomeDateFrom;

    @QueryParam("outcomeDateTo")
    @Parameter(description = "Outcome or sentence on or before this date")
    public LocalDate outcomeDateTo;
}
