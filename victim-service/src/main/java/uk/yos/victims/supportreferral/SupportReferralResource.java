package uk.yos.victims.supportreferral;

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

import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.web.security.Roles;

@Path("/api/v1/victims/{victimId}/support-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Specialist support")
public class SupportReferralResource {

    @Inject
    SupportReferralService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "listVictimSupportReferrals", summary = "A victim's specialist support referrals",
            description = "Roles: rj-worker. Oldest first. Audited as a read of the victim's record.")
    @APIResponse(responseCode = "200", description = "The referrals",
            content = @Content(schema = @Schema(implementation = SupportReferralView.class, type = SchemaType.ARRAY)))
    public List<SupportReferralView> list(@PathParam("victimId") UUID victimId) {
        return service.list(victimId);
    }

    @GET
    @Path("/{referralId}")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "getVictimSupportReferral", summary = "Read one specialist support referral",
            description = "Roles: rj-worker. Audited as a read of the victim's record.")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = SupportReferralView.class)))
    public SupportReferralView get(@PathParam("victimId") UUID victimId, @PathParam("referralId") UUID referralId) {
        return service.read(victimId, referralId);
    }

    @POST
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "referVictimForSupport", summary = "Refer a victim to a specialist support service",
            description = "Roles: rj-worker. Only with the victim's agreement and while their consent to be contacted "
                    + "stands (else 422). Moves the victim's ETag on. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Referred",
            content = @Content(schema = @Schema(implementation = SupportReferralView.class)))
    @APIResponse(responseCode = "409", description = "The victim's record changed at the same moment; retry",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "No consent to contact, or the Idempotency-Key was used with a "
            + "different body",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response refer(@PathParam("victimId") UUID victimId,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "ab12cd34-support-1")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull SupportReferralRequest request) {
        return idempotency.create(idempotencyKey, new Keyed(victimId, request), () -> {
            SupportReferralView referral = service.refer(victimId, request);
            return new Created(URI.create("/api/v1/victims/" + victimId + "/support-referrals/" + referral.id()),
                    null, referral);
        });
    }

    /** The idempotency fingerprint includes the path's victim, so one key cannot replay across victims. */
    record Keyed(UUID victimId, SupportReferralRequest request) {
    }
}
