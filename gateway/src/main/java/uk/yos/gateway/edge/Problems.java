package uk.yos.gateway.edge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem responses, shaped like the services' own (uk.yos.common.problem.Problem). */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    /** The body of a problem; {@code detail} must never carry a host, port or exception text. */
    public static Buffer body(ProblemType type, String detail, String instance, String requestId) {
        return new JsonObject()
                .put("type", type.uri())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", instance)
                .put("requestId", requestId)
                .toBuffer();
    }

    /** Answers the request with a problem (headers already on the response, such as rate-limit ones, stay). */
    public static void send(RoutingContext ctx, ProblemType type, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON)
                .end(body(type, detail, ctx.request().path(), GatewayRequest.requestId(ctx)));
    }
}
