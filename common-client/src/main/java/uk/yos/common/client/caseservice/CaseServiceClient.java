package uk.yos.common.client.caseservice;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import uk.yos.cases.contract.CaseReference;
import uk.yos.cases.contract.CaseServicePaths;
import uk.yos.cases.contract.DiversionIntake;
import uk.yos.cases.contract.DiversionIntakeRequest;
import uk.yos.common.client.UpstreamResponses;

/**
 * case-service's API as other services use it, in case-contract's types. Called with the caller's own token
 * ({@link AccessToken}), so case-service applies its own role and object-level rules, and with the request id
 * (common-client's {@code RequestIdPropagation}, registered for every client). A 4xx becomes a
 * {@link CaseServiceRejection} with case-service's field errors, a 5xx an {@code UpstreamUnavailableException}.
 *
 * <p>Not injected directly: {@link CaseService} calls it through {@link CaseServiceCalls}, which carry the timeout,
 * retry and circuit breaker, and checks what it answers. Its address and socket timeouts are
 * {@code quarkus.rest-client.case-service.*}.
 */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(CaseServiceRejections.class)
@RegisterProvider(UpstreamResponses.class)
@AccessToken
@Path(CaseServicePaths.CASES)
public interface CaseServiceClient {

    @GET
    @Path(CaseServicePaths.SUMMARY)
    @Produces(MediaType.APPLICATION_JSON)
    CaseReference summary(@PathParam("caseId") UUID caseId);

    @POST
    @Path(CaseServicePaths.DIVERSION_INTAKES)
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    DiversionIntake openDiversionIntake(DiversionIntakeRequest request);

    /**
     * A tolerant reader: a property case-service adds later is ignored rather than refused (the services refuse
     * unknown properties in their own requests). Whether an answer has every field the contract requires is
     * checked by {@link CaseService}.
     */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return defaultObjectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
