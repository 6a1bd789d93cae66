package uk.yos.web.requestid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Gives every HTTP request (API, health and metrics alike) a request id before anything else runs: it is
 * echoed in the response, put in the logging context so every log line carries it, and read by problem bodies.
 * The services and the gateway both use it; the gateway also passes the id on to the service it routes to.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Runs before the security, CORS and REST layers so that even their rejections carry the id. */
    public static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (context.get(RequestIds.CONTEXT_KEY) != null) { // a rerouted request (a UI page, say) keeps its id
                context.next();
                return;
            }
            String requestId = RequestIds.acceptOrGenerate(context.request().getHeader(RequestIds.HEADER));
            context.put(RequestIds.CONTEXT_KEY, requestId);
            MDC.put(RequestIds.MDC_KEY, requestId);
            context.response().putHeader(RequestIds.HEADER, requestId);
            context.addEndHandler(done -> MDC.remove(RequestIds.MDC_KEY));
            context.next();
        }, PRIORITY);
    }
}
