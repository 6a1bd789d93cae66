package uk.yos.web.security;

import java.nio.charset.StandardCharsets;
import java.security.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * What quarkus-oidc established about one bearer token, kept without the token itself: the claims it verified (the
 * token's payload, not its signature), the roles, permissions and attributes of the identity it built, and until
 * when the cache may vouch for it. {@link #identityFor} builds, for a request presenting the same token, the
 * identity quarkus-oidc would build: the same principal class, claims, roles, permissions and attributes, with the
 * presented token as credential and the request's own context.
 *
 * @param claimsJson  the token's verified payload, as JSON
 * @param tenantId    the OIDC tenant that verified it (quarkus-oidc's {@code tenant-id} attribute)
 * @param validUntil  {@code exp}, or earlier when {@code quarkus.oidc.token.age} limits the token's age
 */
record VerifiedToken(String claimsJson, String tenantId, Set<String> roles, Set<Permission> permissions,
        Map<String, Object> attributes, Instant validUntil) {

    /** quarkus-oidc's attribute naming the tenant; the mechanism puts the same name on the routing context. */
    static final String TENANT_ID = "tenant-id";

    /** Attributes quarkus-oidc sets from the request being authenticated: replaced on every use, never kept. */
    private static final Set<String> PER_REQUEST_ATTRIBUTES = Set.of(
            RoutingContext.class.getName(), AuthenticationRequestContext.class.getName());

    /**
     * What to keep of a token quarkus-oidc has just accepted, or nothing when the cache must not vouch for it: no
     * JWT principal, a token bound to a key or certificate ({@code cnf}: each request must prove possession), an
     * encrypted token, or one whose age quarkus-oidc limits but which has no {@code iat}.
     */
    static Optional<VerifiedToken> of(String token, SecurityIdentity identity, Optional<Duration> maximumAge) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || !token.equals(jwt.getRawToken())
                || jwt.containsClaim("cnf")) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Instant validUntil = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (maximumAge.isPresent()) {
            if (!(jwt.getClaim(Claims.iat.name()) instanceof Number issuedAt)) {
                return Optional.empty();
            }
            Instant tooOld = Instant.ofEpochSecond(issuedAt.longValue()).plus(maximumAge.get());
            validUntil = tooOld.isBefore(validUntil) ? tooOld : validUntil;
        }
        String claimsJson = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.keySet().removeAll(PER_REQUEST_ATTRIBUTES);
        return Optional.of(new VerifiedToken(claimsJson, (String) identity.getAttributes().get(TENANT_ID),
                Set.copyOf(identity.getRoles()), Set.copyOf(identity.getPermissions()),
                Collections.unmodifiableMap(attributes), validUntil));
    }

    /** The identity for a request presenting this token (its SHA-256 matched), in the request's own context. */
    SecurityIdentity identityFor(AccessTokenCredential presented, String principalClaim, RoutingContext request,
            AuthenticationRequestContext context) throws InvalidJwtException {
        JwtClaims claims = JwtClaims.parse(claimsJson);
        claims.setClaim(Claims.raw_token.name(), presented.getToken());
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(claims, presented, principalClaim))
                .addCredential(presented)
                .addRoles(roles)
                .addPermissions(permissions)
                .addAttributes(attributes)
                .addAttribute(AuthenticationRequestContext.class.getName(), context);
        if (request != null) {
            identity.addAttribute(RoutingContext.class.getName(), request);
        }
        return identity.build();
    }
}
