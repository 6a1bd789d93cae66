package uk.yos.victims.intervention;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

/** The filters of the intervention list; each is optional and they combine with AND. */
public class InterventionSearch {

    @QueryParam("victimId")
    public UUID victimId;

    @QueryParam("caseId")
    public UUID caseId;

    @QueryParam("status")
    public InterventionStatus status;

    @QueryParam("type")
    public InterventionType type;
}
