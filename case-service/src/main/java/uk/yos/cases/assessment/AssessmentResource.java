package uk.yos.cases.assessment;

import java.net.URI;
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
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.web.security.Roles;

@Path("/api/v1/cases/{caseId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "listAssessments", summary = "A case's assessments, due and done",
            description = CaseRecordRoles.READ + " Earliest due first. A case's start assessment falls due when it "
                    + "opens, in working days from its outcome date (the tool and the number of days per case "
                    + "category are the area's settings); each assessment whose ratings take effect makes the next "
                    + "review due.")
    @APIResponse(responseCode = "200", description = "The case's assessments",
            content = @Content(schema = @Schema(implementation = AssessmentView.class, type = SchemaType.ARRAY)))
    public List<AssessmentView> list(@PathParam("caseId") UUID caseId) {
        return assessments.list(caseId);
    }

    @GET
    @Path("/{assessmentId}")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getAssessment", summary = "Read one assessment",
            description = CaseRecordRoles.READ + " The ETag is needed to start or complete it.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("assessmentId") UUID assessmentId) {
        return assessments.read(caseId, assessmentId).ok().build();
    }

    @POST
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "scheduleAssessment", summary = "Make an assessment due: a review for a significant "
            + "change, an end-of-order assessment, or a missing start assessment",
            description = CaseRecordRoles.RECORD + "The case must be open. A significant change brings the open review "
                    + "forward to the set number of working days after the change (never later than it was), or "
                    + "makes one due. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Due (or, for a significant change, brought forward)",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "The case is closed, or that stage is already due",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response schedule(@PathParam("caseId") UUID caseId,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "3f1c-significant-change-7")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ScheduleAssessmentRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            Versioned<AssessmentView> due = assessments.schedule(caseId, request);
            return new Created(URI.create("/api/v1/cases/" + caseId + "/assessments/" + due.body().id()),
                    EntityTags.header(due.version()), due.body());
        });
    }

    @POST
    @Path("/{assessmentId}/start")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "startAssessment", summary = "Record the day an assessment was started",
            description = CaseRecordRoles.RECORD + "Needs If-Match with the assessment's ETag.")
    @APIResponse(responseCode = "200", description = "Started",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "Already started",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response start(@PathParam("caseId") UUID caseId, @PathParam("assessmentId") UUID assessmentId,
            @Parameter(in = ParameterIn.HEADER, description = "The assessment's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StartAssessmentRequest request) {
        return assessments.start(caseId, assessmentId, request, ifMatch).ok().build();
    }

    @POST
    @Path("/{assessmentId}/complete")
    @RolesAllowed({ Roles.CASE_MANAGER, Roles.OPERATIONS_MANAGER })
    @Operation(operationId = "completeAssessment", summary = "Complete an assessment with its ratings",
            description = CaseRecordRoles.RECORD + "Needs If-Match with the assessment's ETag. The scaled approach "
                    + "follows from the ratings by the area's matrix (likelihood of reoffending against the higher of "
                    + "ROSH and safety and wellbeing) unless overridden with a reason. When the ROSH or "
                    + "safety-and-wellbeing rating differs from the ratings in effect, or either is HIGH or "
                    + "VERY_HIGH, the ratings take effect only when an operations manager of the case's team, other "
                    + "than the one who completed it, agrees (POST /oversight); until then sign-off is outstanding, "
                    + "due in the set number of working days. Otherwise they take effect at once and the next review "
                    + "falls due the review interval after completion (the next working day if that is not one).")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "Not started, already completed, or another assessment's "
            + "ratings await sign-off",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response complete(@PathParam("caseId") UUID caseId, @PathParam("assessmentId") UUID assessmentId,
            @Parameter(in = ParameterIn.HEADER, description = "The assessment's current ETag", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CompleteAssessmentRequest request) {
        return assessments.complete(caseId, assessmentId, request, ifMatch).ok().build();
    }
}
