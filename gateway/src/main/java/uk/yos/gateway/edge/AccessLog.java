package uk.yos.gateway.edge;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import uk.yos.web.requestid.RequestIdFilter;
import uk.yos.web.requestid.RequestIds;

/**
 * One line per request in its own category ({@value #CATEGORY}), so it can be routed or silenced alone. The path is
 * logged without its query, which may hold personal data (a search by name). A request whose caller hung up before
 * the answer was sent is logged when the caller goes, with status 499.
 */
@ApplicationScoped
public class AccessLog {

    public static final String CATEGORY = "uk.yos.gateway.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final String LOGGED = "yos.gateway.logged";

    void register(@Observes Filters filters) {
        // Before the request id filter: the id is read when the response ends, and a reroute must not log twice.
        filters.register(ctx -> {
            if (ctx.get(LOGGED) != null) { // a rerouted request (e.g. /q/swagger-ui/ to its index.html) is one request
                ctx.next();
                return;
            }
            ctx.put(LOGGED, Boolean.TRUE);
            long start = System.nanoTime();
            ctx.addEndHandler(done -> log(ctx, System.nanoTime() - start));
            ctx.next();
        }, RequestIdFilter.PRIORITY + 1);
    }

    /** What the caller got; a caller who hung up first got nothing, which is logged as 499. */
    private static int status(RoutingContext ctx) {
        return GatewayRequest.callerWentAway(ctx.response()) ? GatewayRequest.CALLER_WENT_AWAY_STATUS
                : ctx.response().getStatusCode();
    }

    private static void log(RoutingContext ctx, long nanos) {
        String requestId = RequestIds.of(ctx);
        // In the logging context too, as on the request's other lines (a field of its own in JSON logs).
        MDC.put(RequestIds.MDC_KEY, requestId);
        LOG.infof("requestId=%s caller=%s route=%s method=%s path=%s status=%d latencyMs=%d", requestId,
                GatewayRequest.caller(ctx), GatewayRequest.route(ctx), ctx.request().method(), ctx.request().path(),
                status(ctx), TimeUnit.NANOSECONDS.toMillis(nanos));
        MDC.remove(RequestIds.MDC_KEY);
    }
}
