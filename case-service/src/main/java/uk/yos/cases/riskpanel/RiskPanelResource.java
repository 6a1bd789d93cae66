package uk.yos.cases.riskpanel;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.cases.access.CaseRecordRoles;
import uk.yos.web.security.Roles;

@Path("/api/v1/cases/{caseId}/risk-panels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risk, Safety and Wellbeing panels")
public class RiskPanelResource {

    @Inject
    RiskPanels panels;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listRiskPanels", summary = "A case's Risk, Safety and Wellbeing panels",
            description = CaseRecordRoles.READ + " A panel falls due when an assessment's ROSH or "
                    + "safety-and-wellbeing rating of HIGH or VERY_HIGH takes effect, "
                    + "yos.risk-panels.due-within-working-days after that assessment's completion; a panel due and "
                    + "not held is OVERDUE.")
    @APIResponse(responseCode = "200", description = "The case's panels, earliest due first",
            content = @Content(schema = @Schema(implementation = RiskPanelView.class, type = SchemaType.ARRAY)))
    public List<RiskPanelView> list(@PathParam("caseId") UUID caseId) {
        return panels.list(caseId);
    }

    @GET
    @Path("/{panelId}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getRiskPanel", summary = "Read one Risk, Safety and Wellbeing panel",
            description = CaseRecordRoles.READ + " The ETag is needed to record it as held.")
    @APIResponse(responseCode = "200", description = "The panel",
            content = @Content(schema = @Schema(implementation = RiskPanelView.class)))
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("panelId") UUID panelId) {
        return panels.read(caseId, panelId).ok().build();
    }

    @POST
    @Path("/{panelId}/held")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "holdRiskPanel", summary = "Record a panel as held",
            description = CaseRecordRoles.RECORD + "Needs If-Match with the panel's ETag. The agencies attending, decisions, actions with owners and dates, and a next "
                    + "review date, which makes the next panel due on it.")
    @APIResponse(responseCode = "200", description = "Held",
            content = @Content(schema = @Schema(implementation = RiskPanelView.class)))
    @APIResponse(responseCode = "409", description = "Already held",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response hold(@PathParam("caseId") UUID caseId, @PathParam("panelId") UUID panelId,
            @Parameter(in = ParameterIn.HEADER, description = "The panel's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull HoldRiskPanelRequest request) {
        return panels.hold(caseId, panelId, request, ifMatch).ok().build();
    }
}
