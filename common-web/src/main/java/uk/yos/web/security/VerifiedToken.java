package uk.yos.web.security;

import java.nio.charset.StandardCharsets;
import java.security.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * token's payload, parsed once and kept read-only, not its signature), the roles, permissions and attributes of the
 * identity it built, and until when the cache may vouch for it. {@link #identityFor} builds, for a request presenting
 * the same token, the identity quarkus-oidc would build: the same principal class, claims, roles, permissions and
 * attributes, with the presented token as credential and the request's own context. It copies the top level of the
 * claims rather than parsing them again (a sixth of the cost), because the principal replaces claim values in place.
 *
 * @param claims      the token's verified payload, parsed, nested maps and lists read-only
 * @param tenantId    the OIDC tenant that verified it (quarkus-oidc's {@code tenant-id} attribute)
 * @param validUntil  {@code exp}, or earlier when {@code quarkus.oidc.token.age} limits the token's age
 */
record VerifiedToken(Map<String, Object> claims, String tenantId, Set<String> roles, Set<Permission> permissions,
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
        Map<String, Object> claims;
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            claims = readOnly(JwtClaims.parse(payload).getClaimsMap());
        } catch (InvalidJwtException e) {
            return Optional.empty(); // quarkus-oidc read it; if jose4j cannot, the token is simply checked every time
        }
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.keySet().removeAll(PER_REQUEST_ATTRIBUTES);
        return Optional.of(new VerifiedToken(claims, (String) identity.getAttributes().get(TENANT_ID),
                Set.copyOf(identity.getRoles()), Set.copyOf(identity.getPermissions()),
                Collections.unmodifiableMap(attributes), validUntil));
    }

    /** The identity for a request presenting this token (its SHA-256 matched), in the request's own context. */
    SecurityIdentity identityFor(AccessTokenCredential presented, String principalClaim, RoutingContext request,
            AuthenticationRequestContext context) {
        JwtClaims forRequest = new JwtClaims();
        claims.forEach(forRequest::setClaim);
        forRequest.setClaim(Claims.raw_token.name(), presented.getToken());
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(forRequest, presented, principalClaim))
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

    /** The parsed JSON with every nested object and array read-only, so entries shared by requests cannot change. */
    @SuppressWarnings("unchecked")
    private static <T> T readOnly(T json) {
        if (json instanceof Map<?, ?> object) {
            Map<String, Object> copy = new LinkedHashMap<>();
            object.forEach((name, value) -> copy.put((String) name, readOnly(value)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (json instanceof List<?> array) {
            return (T) Collections.unmodifiableList(array.stream().map(VerifiedToken::readOnly).toList());
        }
        return json; // strings, numbers, booleans
    }
}
