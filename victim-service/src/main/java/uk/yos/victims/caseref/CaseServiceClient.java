package uk.yos.victims.caseref;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import uk.yos.common.client.UpstreamRejectedException;
import uk.yos.common.client.UpstreamResponses;

/**
 * case-service, called with the caller's own token ({@code @AccessToken}), so case-service applies its own rules
 * about who may see which case. The numbers here are defaults; application.properties sets the ones in use.
 */
@Path("/api/v1/cases")
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(UpstreamResponses.class)
@AccessToken
public interface CaseServiceClient {

    /** The case's reference view; 404 ({@link UpstreamRejectedException}) when it does not exist or the caller may not see it. */
    @GET
    @Path("/{caseId}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 2500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 200, abortOn = UpstreamRejectedException.class)
    @CircuitBreaker(skipOn = UpstreamRejectedException.class, requestVolumeThreshold = 10, failureRatio = 0.5,
            delay = 5000, delayUnit = ChronoUnit.MILLIS)
    CaseReference summary(@PathParam("caseId") UUID caseId);
}
