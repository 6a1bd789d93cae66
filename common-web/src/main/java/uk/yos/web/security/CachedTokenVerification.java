package uk.yos.web.security;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks a bearer token once, not on every request. quarkus-oidc's bearer mechanism reads the token from
 * {@code Authorization} and asks the identity providers for an identity; this one comes first. A token it has seen
 * accepted, still valid and for the same OIDC tenant, gets the identity quarkus-oidc built for it
 * ({@link VerifiedToken#identityFor}); any other goes to quarkus-oidc's own provider for the full check (signature
 * against the realm's keys, issuer, audience, expiry with the configured clock skew, ...), and only a token it
 * accepts is remembered. A refusal is never remembered, so a bad token is checked in full every time.
 * <p>
 * {@code @RolesAllowed}, {@code SecurityIdentity}, {@code JsonWebToken} and {@link Caller} see the same identity
 * either way. Serves the gateway and every service alike.
 */
@Singleton
public class CachedTokenVerification implements IdentityProvider<TokenAuthenticationRequest> {

    private final IdentityProvider<TokenAuthenticationRequest> fullCheck;
    private final VerifiedTokens verifiedTokens;
    private final String principalClaim;
    private final Optional<Duration> maximumTokenAge;
    private final LongAdder fullChecks = new LongAdder();

    @Inject
    CachedTokenVerification(OidcIdentityProvider oidc, VerifiedTokens verifiedTokens,
            @ConfigProperty(name = "quarkus.oidc.token.principal-claim") Optional<String> principalClaim,
            @ConfigProperty(name = "quarkus.oidc.token.age") Optional<Duration> maximumTokenAge) {
        // The cast picks the constructor below (this one would call itself).
        this((IdentityProvider<TokenAuthenticationRequest>) oidc, verifiedTokens, principalClaim, maximumTokenAge);
    }

    CachedTokenVerification(IdentityProvider<TokenAuthenticationRequest> fullCheck, VerifiedTokens verifiedTokens,
            Optional<String> principalClaim, Optional<Duration> maximumTokenAge) {
        this.fullCheck = fullCheck;
        this.verifiedTokens = verifiedTokens;
        this.principalClaim = principalClaim.orElse(null);
        this.maximumTokenAge = maximumTokenAge;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of quarkus-oidc's provider, which keeps the default priority. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential presented) || presented.getToken() == null) {
            return Uni.createFrom().nullItem(); // not a bearer access token: quarkus-oidc's provider, next in line
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        VerifiedToken known = verifiedTokens.find(presented.getToken());
        if (known != null && Objects.equals(known.tenantId(), http == null ? null : http.get(VerifiedToken.TENANT_ID))) {
            if (http != null) {
                http.put(AuthenticationRequestContext.class.getName(), context); // as quarkus-oidc does
            }
            return Uni.createFrom().item(known.identityFor(presented, principalClaim, http, context));
        }
        fullChecks.increment();
        return fullCheck.authenticate(request, context).invoke(identity -> {
            if (identity != null) {
                VerifiedToken.of(presented.getToken(), identity, maximumTokenAge)
                        .ifPresent(verified -> verifiedTokens.remember(presented.getToken(), verified));
            }
        });
    }

    /** How many tokens went to quarkus-oidc's full check since start (each cache miss, refused tokens included). */
    public long fullChecks() {
        return fullChecks.sum();
    }
}
