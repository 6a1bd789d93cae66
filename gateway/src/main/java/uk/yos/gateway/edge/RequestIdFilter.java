package uk.yos.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Gives every request a request id before anything else runs: the caller's when it is safe to echo and log,
 * otherwise a new UUID. It is returned on every response, logged, and passed upstream (see UpstreamInterceptor).
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Before security, CORS and the routes, so that even their answers carry the id. */
    static final int PRIORITY = 1000;
    static final String MDC_KEY = "requestId";

    // Short and free of characters that could forge log lines or headers.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            if (GatewayRequest.requestId(ctx) != null) { // a rerouted request keeps its id
                ctx.next();
                return;
            }
            String requestId = acceptOrGenerate(ctx.request().getHeader(GatewayRequest.REQUEST_ID_HEADER));
            GatewayRequest.requestId(ctx, requestId);
            ctx.response().putHeader(GatewayRequest.REQUEST_ID_HEADER, requestId);
            MDC.put(MDC_KEY, requestId);
            ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
            ctx.next();
        }, PRIORITY);
    }

    static String acceptOrGenerate(String fromCaller) {
        if (fromCaller != null && SAFE.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }
}
