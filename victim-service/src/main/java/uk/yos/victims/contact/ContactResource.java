package uk.yos.victims.contact;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.yos.common.idempotency.Created;
import uk.yos.common.idempotency.IdempotentCreation;
import uk.yos.common.paging.PageRequest;
import uk.yos.web.security.Roles;

@Path("/api/v1/victims/{victimId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Victim contacts")
public class ContactResource {

    @Inject
    ContactService service;

    @Inject
    IdempotentCreation idempotency;

    @GET
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "listVictimContacts", summary = "A victim's contact attempts and contacts",
            description = "Roles: rj-worker. Sort fields: contactedOn (default -contactedOn), recordedAt. Audited as "
                    + "a read of the victim's record.")
    @APIResponse(responseCode = "200", description = "One page of contacts",
            content = @Content(schema = @Schema(implementation = ContactPage.class)))
    public ContactPage list(@PathParam("victimId") UUID victimId, @Valid @BeanParam PageRequest paging) {
        return ContactPage.of(service.list(victimId, paging));
    }

    @GET
    @Path("/{contactId}")
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "getVictimContact", summary = "Read one contact attempt or contact",
            description = "Roles: rj-worker. Audited as a read of the victim's record.")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public ContactView get(@PathParam("victimId") UUID victimId, @PathParam("contactId") UUID contactId) {
        return service.read(victimId, contactId);
    }

    @POST
    @RolesAllowed(Roles.RJ_WORKER)
    @Operation(operationId = "recordVictimContact", summary = "Record an attempt to contact the victim, or a contact",
            description = "Roles: rj-worker. 422 once the victim has withdrawn consent, refused contact or objected "
                    + "to the police sharing their details. The first contact giving RJ information is the date the "
                    + "Victims' Code deadline is measured against. Moves the victim's ETag on. Send an "
                    + "Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "The victim's record changed at the same moment; retry",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The victim may not be contacted, or the Idempotency-Key was "
            + "used with a different body",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response record(@PathParam("victimId") UUID victimId,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body give the "
                    + "first response again for 24 hours", example = "c0ffee00-contact-1")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ContactRequest request) {
        return idempotency.create(idempotencyKey, new Keyed(victimId, request), () -> {
            ContactView contact = service.record(victimId, request);
            return new Created(URI.create("/api/v1/victims/" + victimId + "/contacts/" + contact.id()), null,
                    contact);
        });
    }

    /** The idempotency fingerprint includes the path's victim, so one key cannot replay across victims. */
    record Keyed(UUID victimId, ContactRequest request) {
    }
}
