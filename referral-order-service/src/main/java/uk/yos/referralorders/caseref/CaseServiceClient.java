package uk.yos.referralorders.caseref;

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
 * case-service, called with the caller's own token ({@link AccessToken}), so case-service applies its own
 * object-level rules: a case the caller may not see answers 404 here as there. A 4xx becomes
 * {@link UpstreamRejectedException} (not a failure: neither retried nor counted by the breaker); a 5xx, a refused
 * connection, a timeout or an open circuit end as 503 for our caller.
 */
@Path("/api/v1/cases")
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(UpstreamResponses.class)
@AccessToken
public interface CaseServiceClient {

    @GET
    @Path("/{caseId}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = UpstreamRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = UpstreamRejectedException.class)
    CaseReference summary(@PathParam("caseId") UUID caseId);
}
