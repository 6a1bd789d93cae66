package uk.yos.gateway.security;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks the bearer token with quarkus-oidc (signature against the provider's keys, expiry, issuer, audience
 * {@code yos-api} whether {@code aud} is a string or an array). Roles are left to the services. A token accepted
 * once is remembered until it expires (common-web's {@code CachedTokenVerification}, as in every service), so its
 * signature is checked once, not per request.
 * <p>
 * Authentication is lazy ({@code quarkus.http.auth.proactive=false}) so that it happens here, where a rejection can
 * be answered with a problem body instead of Quarkus's bare challenge.
 */
@ApplicationScoped
public class EdgeAuthentication {

    private static final Logger LOG = Logger.getLogger(EdgeAuthentication.class);

    /** Quarkus would end the response itself on a failure; the caller of {@link #authenticate} answers instead. */
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BY_CALLER = (ctx, failure) -> {
    };

    /** The caller, or null when there is no valid token (missing, expired, forged, for another API...). */
    public Uni<EdgeCaller> authenticate(RoutingContext ctx) {
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BY_CALLER);
        return QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .map(EdgeAuthentication::callerOf)
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("Token rejected: %s", failure.getMessage());
                    return null;
                });
    }

    private static EdgeCaller callerOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        return EdgeCaller.of(jwt);
    }
}
