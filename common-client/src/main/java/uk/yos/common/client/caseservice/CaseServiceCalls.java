package uk.yos.common.client.caseservice;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import uk.yos.cases.contract.CaseReference;
import uk.yos.cases.contract.DiversionIntake;
import uk.yos.cases.contract.DiversionIntakeRequest;
import uk.yos.common.client.UpstreamRejectedException;

/**
 * The calls to case-service with their timeout, retry (reads only) and circuit breaker. The annotations say only
 * which strategies apply and what is not a failure (a 4xx: neither retried nor counted); every number is set in the
 * calling service's configuration, per method:
 *
 * <pre>
 * quarkus.fault-tolerance."uk.yos.common.client.caseservice.CaseServiceCalls/summary".timeout.value=3000
 * quarkus.fault-tolerance."uk.yos.common.client.caseservice.CaseServiceCalls/summary".retry.max-retries=1
 * quarkus.fault-tolerance."uk.yos.common.client.caseservice.CaseServiceCalls/openDiversionIntake".circuit-breaker.delay=10000
 * </pre>
 *
 * The annotations are here, on a bean, rather than on {@link CaseServiceClient}: SmallRye Fault Tolerance keys a
 * REST client interface's methods by the class Quarkus generates for it, so per-method keys naming the interface
 * never apply. Each method has its own circuit breaker.
 */
@ApplicationScoped
public class CaseServiceCalls {

    @Inject
    @RestClient
    CaseServiceClient client;

    /** {@code GET /api/v1/cases/{caseId}/summary}; safe to repeat, so retried. */
    @Timeout
    @Retry(abortOn = UpstreamRejectedException.class)
    @CircuitBreaker(skipOn = UpstreamRejectedException.class)
    public CaseReference summary(UUID caseId) {
        return client.summary(caseId);
    }

    /**
     * {@code POST /api/v1/cases/diversion-intakes}; never retried here (writes never are): case-service opens at most
     * one case per {@code sourceReference}, so the caller's own retry is safe.
     */
    @Timeout
    @CircuitBreaker(skipOn = UpstreamRejectedException.class)
    public DiversionIntake openDiversionIntake(DiversionIntakeRequest request) {
        return client.openDiversionIntake(request);
    }
}
