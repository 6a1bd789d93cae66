package uk.yos.gateway.edge;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import uk.yos.gateway.config.GatewayConfig;
import uk.yos.web.requestid.RequestIdFilter;

/**
 * CORS for the front ends in {@code yos.gateway.cors.origins}, and for nobody else.
 * <p>
 * Not Quarkus's {@code quarkus.http.cors}: for an origin it does not allow, it answers a bare 403 and still adds
 * {@code Access-Control-Allow-Methods}/{@code -Headers}. Here a foreign origin's request is served as any other
 * request and simply gets no CORS headers, so the browser, not the gateway, refuses it to the page.
 */
@ApplicationScoped
public class CorsFilter {

    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, Idempotency-Key, X-Request-Id";
    static final String EXPOSED_HEADERS = "X-Request-Id, ETag, Location, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After";

    private final Set<String> origins;
    private final String maxAgeSeconds;

    CorsFilter(GatewayConfig config) {
        this.origins = Set.copyOf(config.cors().origins());
        this.maxAgeSeconds = Long.toString(config.cors().maxAge().toSeconds());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, RequestIdFilter.PRIORITY - 1);
    }

    private void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            ctx.next();
            return;
        }
        HttpServerResponse response = ctx.response();
        response.headers().add(HttpHeaders.VARY, "Origin");
        boolean allowed = origins.contains(origin);
        if (isPreflight(ctx.request())) {
            // The gateway's business alone: answered here, never passed to a service.
            if (allowed) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAgeSeconds);
            }
            response.setStatusCode(204).end();
            return;
        }
        if (allowed) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
        ctx.next();
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }
}
