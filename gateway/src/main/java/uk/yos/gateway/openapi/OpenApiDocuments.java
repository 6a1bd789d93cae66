package uk.yos.gateway.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import uk.yos.gateway.config.GatewayConfig;
import uk.yos.gateway.edge.Problems;
import uk.yos.gateway.ratelimit.RateLimitDecision;
import uk.yos.gateway.ratelimit.RateLimiter;
import uk.yos.gateway.upstream.Upstream;
import uk.yos.gateway.upstream.UpstreamFailures;
import uk.yos.gateway.upstream.Upstreams;
import uk.yos.web.problem.ProblemType;

/**
 * Serves each service's OpenAPI document at {@code /openapi/<service>.json} for the gateway's Swagger UI: fetched
 * from the service's {@code /q/openapi} on each request (they are small and rarely read) with the gateway as the
 * only server, so "Try it out" goes through the gateway, and with the realm's sign-in ({@link SignInScheme}), so a
 * person can sign in from the Swagger UI. Unauthenticated, hence rate limited by address.
 */
@ApplicationScoped
public class OpenApiDocuments {

    private static final String UPSTREAM_DOCUMENT = "/q/openapi?format=json";

    private final Upstreams upstreams;
    private final RateLimiter rateLimiter;
    private final JsonArray servers;
    private final SignInScheme signIn;

    OpenApiDocuments(Upstreams upstreams, RateLimiter rateLimiter, GatewayConfig config) {
        this.upstreams = upstreams;
        this.rateLimiter = rateLimiter;
        this.servers = new JsonArray().add(new JsonObject()
                .put("url", config.publicUrl())
                .put("description", "The YOS API gateway"));
        this.signIn = new SignInScheme(config.publicRealmUrl());
    }

    void register(@Observes Router router) {
        router.getWithRegex("/openapi/([a-z0-9-]+)\\.json").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        Upstream upstream = upstreams.named(ctx.pathParam("param0")).orElse(null);
        if (upstream == null) {
            Problems.send(ctx, ProblemType.NOT_FOUND, "There is no API document of that name");
            return;
        }
        RateLimitDecision decision = rateLimiter.tryConsume("address:" + ctx.request().remoteAddress().hostAddress(), null);
        decision.writeHeaders(ctx.response());
        if (!decision.allowed()) {
            Problems.send(ctx, ProblemType.TOO_MANY_REQUESTS, decision.detail());
            return;
        }
        // The gateway's own fetch runs to its end whether or not the caller waits, so its failures are the upstream's.
        upstream.guarded(() -> fetch(upstream), failure -> false).onComplete(fetched -> {
            JsonObject document = fetched.succeeded() ? parse(fetched.result()) : null;
            if (document == null) {
                ProblemType type = fetched.failed() ? UpstreamFailures.problemType(fetched.cause()) : ProblemType.SERVICE_UNAVAILABLE;
                Problems.send(ctx, type, UpstreamFailures.detail(type, upstream.name()));
                return;
            }
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(signIn.addTo(document.put("servers", servers.copy())).toBuffer());
        });
    }

    /** The document, or null when the service answered anything but a 200 (its call still succeeded). */
    private static Future<Buffer> fetch(Upstream upstream) {
        return upstream.openRequest(HttpMethod.GET, UPSTREAM_DOCUMENT, upstream.timeout())
                .compose(request -> request.putHeader(HttpHeaders.ACCEPT, "application/json").send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200 ? body : null));
    }

    private static JsonObject parse(Buffer body) {
        try {
            return body == null ? null : body.toJsonObject();
        } catch (DecodeException | ClassCastException notJson) {
            return null;
        }
    }
}
