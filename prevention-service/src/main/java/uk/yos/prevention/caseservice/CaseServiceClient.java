package uk.yos.prevention.caseservice;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import uk.yos.common.client.UpstreamRejectedException;
import uk.yos.common.client.UpstreamResponses;

/**
 * case-service, called with the caller's own token ({@link AccessToken}) so it applies its own role checks, and
 * with the request id ({@code RequestIdPropagation}, registered globally by common-client). 4xx answers become
 * {@link CaseServiceRejection} (with case-service's field errors), 5xx {@code UpstreamUnavailableException}.
 * The timeout is {@code yos.prevention.case-service.timeout-ms}, applied through
 * {@code quarkus.fault-tolerance.global.timeout.value} and the client's read timeout (application.properties).
 */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(CaseServiceRejections.class)
@RegisterProvider(UpstreamResponses.class)
@AccessToken
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CaseServiceClient {

    /**
     * Opens the case a caution decision calls for, or finds the one already opened for the same
     * {@code sourceReference}: safe to send again. Not retried here (writes never are); the caller's retry is.
     */
    @POST
    @Path("/diversion-intakes")
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            skipOn = UpstreamRejectedException.class)
    DiversionIntake openDiversionIntake(DiversionIntakeRequest request);
}
