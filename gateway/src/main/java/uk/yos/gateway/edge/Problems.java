package uk.yos.gateway.edge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import uk.yos.web.problem.Problem;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.requestid.RequestIds;

/**
 * The gateway's own RFC 9457 problem responses, with the fields of the services' {@link Problem} (written with
 * Vert.x's JSON here, as the gateway has no JAX-RS).
 */
public final class Problems {

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
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(type, detail, ctx.request().path(), RequestIds.of(ctx)));
    }
}
