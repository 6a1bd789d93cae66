/**
 * Calling another YOS service: the caller's token goes with the request ({@code @AccessToken} from
 * quarkus-rest-client-oidc-token-propagation on the client interface), so the other service applies its own role
 * and object-level checks; the request id goes with it ({@link uk.yos.common.client.RequestIdPropagation});
 * errors become {@link uk.yos.common.client.UpstreamRejectedException} or
 * {@link uk.yos.common.client.UpstreamUnavailableException} ({@link uk.yos.common.client.UpstreamResponses}).
 * An open circuit, a timeout or a refused connection become 503 problem+json in common's fallback mapper.
 *
 * <p>case-service, the one service the others call, has its one client here:
 * {@link uk.yos.common.client.caseservice.CaseService} (in case-contract's types, its answers checked), with the
 * timeout, retry and circuit breaker of {@link uk.yos.common.client.caseservice.CaseServiceCalls} tuned in each
 * calling service's configuration.
 */
package uk.yos.common.client;
