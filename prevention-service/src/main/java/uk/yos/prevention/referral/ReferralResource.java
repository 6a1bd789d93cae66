package uk.yos.prevention.referral;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path(ReferralResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Prevention referrals")
public class ReferralResource {

    static final String PATH = "/api/v1/prevention-referrals";

    @Inject
    ReferralService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed({ Roles.PREVENTION_WORKER, Roles.HEAD_OF_SERVICE, Roles.POLICE_REFERRER })
    @Operation(operationId = "searchPreventionReferrals", summary = "List and filter referrals",
            description = "Roles: prevention-worker (every referral, with the child's name), head-of-service (read "
                    + "only: every referral, with the child's name), police-referrer (only referrals its own "
                    + "organisation made, per the token's organisation claim, without the child's details; a token "
                    + "with no organisation is 403). Sort fields: receivedOn, assessmentDueDate, reference, status, "
                    + "createdAt (default -receivedOn). Each search is audited.")
    @APIResponse(responseCode = "200", description = "One page of referrals",
            content = @Content(schema = @Schema(implementation = ReferralPage.class)))
    public ReferralPage search(@Valid @BeanParam ReferralSearch search, @Valid @BeanParam PageRequest paging) {
        return ReferralPage.of(service.search(search, paging));
    }

    @POST
    @RolesAllowed({ Roles.PREVENTION_WORKER, Roles.POLICE_REFERRER })
    @Operation(operationId = "createPreventionReferral", summary = "Make a referral",
            description = "Roles: prevention-worker, police-referrer (a person or the yos-partner-police client). "
                    + "A police-referrer must send an Idempotency-Key (400 without one) and needs an organisation "
                    + "claim (403 without one); its referral is always source POLICE, from its own organisation, "
                    + "received today: a different value for any of these is 422. The child must be 10 to 17 on "
                    + "the day received. Triage and assessment are due 10 working days after receipt.")
    @APIResponse(responseCode = "201", description = "Received; the body is the referral a prevention worker sees "
            + "(view FULL), or its status for a police-referrer (view STATUS)",
            content = @Content(schema = @Schema(oneOf = { PreventionReferralView.class, ReferralStatusView.class },
                    discriminatorProperty = "view", discriminatorMapping = {
                            @DiscriminatorMapping(value = PreventionReferralView.FULL,
                                    schema = PreventionReferralView.class),
                            @DiscriminatorMapping(value = ReferralStatusView.STATUS,
                                    schema = ReferralStatusView.class) })))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different body, or a "
            + "police-referrer named another organisation, source or day of receipt",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours. Required for police-referrer.",
                    example = "niche-ref-2026-118842")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull CreateReferralRequest request) {
        if (service.creatorMustBeIdempotent() && (idempotencyKey == null || idempotencyKey.isBlank())) {
            throw ProblemException.invalid(IdempotentCreation.HEADER, "is required for police referrers, so that a "
                    + "retried request cannot make a second referral");
        }
        return idempotency.create(idempotencyKey, request, () -> created(service.create(request)));
    }

    /** A worker is sent to the new referral, with its ETag; a police referrer to its status. */
    private static Created created(NewReferral referral) {
        if (referral.inFull() != null) {
            return new Created(URI.create(PATH + "/" + referral.id()), EntityTags.header(referral.inFull().version()),
                    referral.inFull().body());
        }
        return new Created(URI.create(PATH + "/" + referral.id() + "/status"), null, referral.status());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PREVENTION_WORKER, Roles.HEAD_OF_SERVICE })
    @Operation(operationId = "getPreventionReferral", summary = "Read a referral with its triage, decision and closure",
            description = "Roles: prevention-worker, head-of-service (read only, any referral). Every read is "
                    + "audited (the referral holds a child's personal data). The ETag is needed for any change to "
                    + "the referral. Police referrers read `/{id}/status` instead.")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = PreventionReferralView.class)))
    public Response get(@PathParam("id") UUID id) {
        return service.read(id).ok().build();
    }

    @GET
    @Path("/{id}/status")
    @RolesAllowed({ Roles.PREVENTION_WORKER, Roles.HEAD_OF_SERVICE, Roles.POLICE_REFERRER })
    @Operation(operationId = "getPreventionReferralStatus", summary = "Read where a referral has got to",
            description = "Roles: prevention-worker and head-of-service (any referral; head-of-service read only), "
                    + "police-referrer (referrals its own organisation made; others answer 404). Reference, status, "
                    + "dates, whether triage is done and on time, the decision's outcome and date, closure: no child "
                    + "details, triage notes, health screening or reasons. Every read is audited.")
    @APIResponse(responseCode = "200", description = "The referral's status",
            content = @Content(schema = @Schema(implementation = ReferralStatusView.class)))
    public ReferralStatusView status(@PathParam("id") UUID id) {
        return service.readStatus(id);
    }
}
