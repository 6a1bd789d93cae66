package uk.yos.gateway.edge;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** What the gateway learns about a request as it goes through, kept on the routing context for the access log. */
public final class GatewayRequest {

    /** The route of everything the gateway answers itself (health, documents, problems for unknown paths). */
    public static final String GATEWAY_ROUTE = "gateway";
    /** The access-log status of a request whose caller hung up before its answer was sent (nginx's 499). */
    public static final int CALLER_WENT_AWAY_STATUS = 499;

    private static final String CALLER = "yos.gateway.caller";
    private static final String ROUTE = "yos.gateway.route";

    private GatewayRequest() {
    }

    /** The authenticated caller, or "-" before (or without) authentication. */
    public static String caller(RoutingContext ctx) {
        return ctx.get(CALLER, "-");
    }

    public static void caller(RoutingContext ctx, String caller) {
        ctx.put(CALLER, caller);
    }

    /** The upstream the request is for, or {@value #GATEWAY_ROUTE}. */
    public static String route(RoutingContext ctx) {
        return ctx.get(ROUTE, GATEWAY_ROUTE);
    }

    public static void route(RoutingContext ctx, String route) {
        ctx.put(ROUTE, route);
    }

    /** The caller closed the connection (or reset the stream) before its answer was completely sent. */
    public static boolean callerWentAway(HttpServerResponse response) {
        return response.closed() && !response.ended();
    }
}
