package uk.yos.gateway.upstream;

import java.util.Collection;
import java.util.List;

import org.jboss.logging.Logger;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.StreamResetException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import uk.yos.gateway.edge.GatewayRequest;
import uk.yos.gateway.edge.Problems;
import uk.yos.web.problem.Problem;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.requestid.RequestIds;

/**
 * Wraps each proxied exchange with one upstream: the request id goes up, the call goes through the circuit
 * breaker, a failed call becomes a 503 or 504 problem (vertx-http-proxy would answer a bare 502), and the headers
 * the gateway owns are not duplicated by the upstream's copies.
 * <p>
 * Trace context: Quarkus's OpenTelemetry traces the gateway's own HTTP client, so each call to a service is a client
 * span under the gateway's server span, and its {@code traceparent} is added to the request. The caller's trace
 * context headers are dropped first: vertx-http-proxy copies them, and the service would otherwise read the caller's
 * (the first of two) and skip the gateway's spans. The caller's trace still continues: it is the gateway's parent.
 * <p>
 * A caller who hangs up is not the upstream's failure. vertx-http-proxy already resets the upstream request when the
 * caller's connection closes (so the service is not kept waiting on a reader who left); here that reset is told apart
 * from the upstream's own failures, so it neither moves the circuit breaker nor logs the service as unavailable.
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);
    /** Set by the gateway on every response; an upstream's own would make a second value. */
    private static final List<String> GATEWAY_HEADERS = List.of(RequestIds.HEADER,
            "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    private final Upstream upstream;
    private final Collection<String> traceContextHeaders;

    /** {@code traceContextHeaders}: those the propagators write ({@code traceparent}, {@code tracestate}, ...). */
    UpstreamInterceptor(Upstream upstream, Collection<String> traceContextHeaders) {
        this.upstream = upstream;
        this.traceContextHeaders = List.copyOf(traceContextHeaders);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        // The id the gateway settled on (the caller's, or a new one) is already on the response.
        request.putHeader(RequestIds.HEADER, incoming.response().headers().get(RequestIds.HEADER));
        traceContextHeaders.forEach(request.headers()::remove); // the client span's own are added as it is sent
        if (incoming.authority() != null) {
            // The caller's Host, so links and Location headers the service writes point at the gateway.
            request.setAuthority(incoming.authority());
        }
        if (GatewayRequest.callerWentAway(incoming.response())) { // gone during the edge checks: do not ask
            return Future.succeededFuture(abandoned(request));
        }
        return upstream.<ProxyResponse>guarded(context::sendRequest, failure -> abandonedByCaller(incoming, failure))
                .recover(failure -> Future.succeededFuture(abandonedByCaller(incoming, failure)
                        ? abandoned(request)
                        : problem(request, failure)));
    }

    /**
     * vertx-http-proxy resets the request to the service when the caller's connection fails or the caller's body
     * breaks off, often before the caller's connection is marked closed. Services are spoken to over HTTP/1.1, where
     * only the gateway itself can reset a request, so a reset always means the caller went away.
     */
    private static boolean abandonedByCaller(HttpServerRequest incoming, Throwable failure) {
        return failure instanceof StreamResetException || GatewayRequest.callerWentAway(incoming.response());
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        if (GatewayRequest.callerWentAway(context.request().proxiedRequest().response())) {
            // Nobody to pass the answer to: drain it so the connection to the service goes back to the pool.
            context.response().release();
            return Future.succeededFuture();
        }
        MultiMap headers = context.response().headers();
        GATEWAY_HEADERS.forEach(headers::remove);
        // CORS is decided at the edge alone.
        headers.names().stream().filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15)).toList()
                .forEach(headers::remove);
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyRequest request, Throwable failure) {
        ProblemType type = UpstreamFailures.problemType(failure);
        if (failure instanceof CallNotPermittedException) {
            LOG.debugf("%s: circuit open", upstream.name());
        } else {
            LOG.warnf("%s: %s (%s)", upstream.name(), type.title(), failure.getMessage());
        }
        HttpServerRequest incoming = request.proxiedRequest();
        return request.release().response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(Problems.body(type, UpstreamFailures.detail(type, upstream.name()), incoming.path(),
                        incoming.response().headers().get(RequestIds.HEADER))));
    }

    /** Nobody is left to read an answer: this one only ends the exchange, and the access log says 499. */
    private ProxyResponse abandoned(ProxyRequest request) {
        LOG.debugf("%s: the caller went away; the request to the service was cancelled", upstream.name());
        return request.release().response().setStatusCode(GatewayRequest.CALLER_WENT_AWAY_STATUS).setBody(null);
    }
}
