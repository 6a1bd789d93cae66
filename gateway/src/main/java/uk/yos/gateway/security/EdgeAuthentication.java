package uk.yos.gateway.security;

import java.time.Instant;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks the bearer token with quarkus-oidc (signature against the provider's keys, expiry, issuer, audience
 * {@code yos-api} whether {@code aud} is a string or an array). Roles are left to the services. A token accepted
 * once is remembered until it expires ({@link VerifiedTokens}), so its signature is checked once, not per request.
 * <p>
 * Authentication is lazy ({@code quarkus.http.auth.proactive=false}) so that it happens here, where a rejection can
 * be answered with a problem body instead of Quarkus's bare challenge.
 */
@ApplicationScoped
public class EdgeAuthentication {

    private static final Logger LOG = Logger.getLogger(EdgeAuthentication.class);
    private static final String BEARER = "Bearer ";

    /** Quarkus would end the response itself on a failure; the caller of {@link #authenticate} answers instead. */
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BY_CALLER = (ctx, failure) -> {
    };

    private final VerifiedTokens verifiedTokens;

    EdgeAuthentication(VerifiedTokens verifiedTokens) {
        this.verifiedTokens = verifiedTokens;
    }

    /** The caller, or null when there is no valid token (missing, expired, forged, for another API...). */
    public Uni<EdgeCaller> authenticate(RoutingContext ctx) {
        String token = bearerToken(ctx);
        EdgeCaller known = token == null ? null : verifiedTokens.callerOf(token);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BY_CALLER);
        return QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .map(identity -> verified(token, identity))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("Token rejected: %s", failure.getMessage());
                    return null;
                });
    }

    private EdgeCaller verified(String token, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        EdgeCaller caller = EdgeCaller.of(jwt);
        if (token != null && token.equals(jwt.getRawToken())) {
            verifiedTokens.remember(token, caller, Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
        return caller;
    }

    private static String bearerToken(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
