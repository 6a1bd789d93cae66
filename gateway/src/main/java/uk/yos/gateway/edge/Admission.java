package uk.yos.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.ext.web.RoutingContext;
import uk.yos.gateway.ratelimit.RateLimitDecision;
import uk.yos.gateway.ratelimit.RateLimiter;
import uk.yos.gateway.security.EdgeAuthentication;
import uk.yos.web.problem.ProblemType;

/**
 * Decides at the edge whether a request for an upstream may go on: a canonical path, a valid token, and room in the
 * caller's rate limit. Anything else is answered here and never reaches the service.
 */
@ApplicationScoped
public class Admission {

    private final EdgeAuthentication authentication;
    private final RateLimiter rateLimiter;

    Admission(EdgeAuthentication authentication, RateLimiter rateLimiter) {
        this.authentication = authentication;
        this.rateLimiter = rateLimiter;
    }

    /** Calls {@code ctx.next()} when the request may be proxied, otherwise answers with a problem. */
    public void admit(RoutingContext ctx, String upstream) {
        GatewayRequest.route(ctx, upstream);
        // Routing used the normalised path; the raw one is what goes upstream, so only forward when they agree
        // (no dot segments or needlessly encoded characters that a service could read differently).
        if (!ctx.request().path().equals(ctx.normalizedPath())) {
            Problems.send(ctx, ProblemType.NOT_FOUND, "There is no API at this path");
            return;
        }
        authentication.authenticate(ctx).subscribe().with(caller -> {
            if (caller == null) {
                unauthenticated(ctx);
                return;
            }
            GatewayRequest.caller(ctx, caller.id());
            RateLimitDecision decision = rateLimiter.tryConsume(caller.id(), caller.clientId());
            decision.writeHeaders(ctx.response());
            if (!decision.allowed()) {
                Problems.send(ctx, ProblemType.TOO_MANY_REQUESTS, decision.detail());
                return;
            }
            ctx.next();
        }, failure -> unauthenticated(ctx));
    }

    private void unauthenticated(RoutingContext ctx) {
        RateLimitDecision decision = rateLimiter.tryConsumeUnauthenticated(ctx.request().remoteAddress().hostAddress());
        decision.writeHeaders(ctx.response());
        if (!decision.allowed()) {
            Problems.send(ctx, ProblemType.TOO_MANY_REQUESTS, decision.detail());
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(ctx, ProblemType.UNAUTHENTICATED, "A valid bearer token for this API is required");
    }
}
