package uk.yos.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The cache in front of quarkus-oidc's full check, with a stand-in for that check which accepts only the tokens it
 * was told are genuine, refuses them from their {@code exp} on, and builds the identity as quarkus-oidc does.
 */
class CachedTokenVerificationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FullCheck fullCheck = new FullCheck();
    private final VerifiedTokens cache = new VerifiedTokens(100, clock);
    private final CachedTokenVerification verification = new CachedTokenVerification(fullCheck, cache, Optional.empty(),
            Optional.empty());

    @Test
    void aSecondRequestWithTheSameTokenIsServedFromTheCache() {
        String token = fullCheck.genuine(claims("case-manager"));

        authenticate(token, "Default");
        authenticate(token, "Default");
        authenticate(token, "Default");

        assertEquals(1, fullCheck.calls);
        assertEquals(1, verification.fullChecks());
    }

    @Test
    void theCachedIdentityIsTheOneTheFullCheckBuilt() {
        String token = fullCheck.genuine(claims("case-manager", "operations-manager"));
        Request first = new Request("Default");
        Request second = new Request("Default");

        SecurityIdentity checked = verification.authenticate(first.of(token), first.context).await().indefinitely();
        SecurityIdentity cached = verification.authenticate(second.of(token), second.context).await().indefinitely();

        assertEquals(1, fullCheck.calls);
        assertEquals(Set.of("case-manager", "operations-manager"), cached.getRoles());
        assertEquals(checked.getRoles(), cached.getRoles());
        assertEquals(checked.getPermissions(), cached.getPermissions());
        StringPermission scope = new StringPermission("read", "cases");
        assertTrue(checked.checkPermission(scope).await().indefinitely());
        assertTrue(cached.checkPermission(scope).await().indefinitely());
        assertFalse(cached.checkPermission(new StringPermission("write", "cases")).await().indefinitely());
        assertFalse(cached.isAnonymous());
        JsonWebToken checkedJwt = (JsonWebToken) checked.getPrincipal();
        JsonWebToken cachedJwt = assertInstanceOf(OidcJwtCallerPrincipal.class, cached.getPrincipal());
        assertEquals(checkedJwt.getName(), cachedJwt.getName());
        assertEquals(checkedJwt.getClaimNames(), cachedJwt.getClaimNames());
        for (String claim : checkedJwt.getClaimNames()) {
            assertEquals(String.valueOf((Object) checkedJwt.getClaim(claim)), String.valueOf((Object) cachedJwt.getClaim(claim)),
                    claim);
        }
        assertEquals(token, cachedJwt.getRawToken());
        assertEquals(token, cached.getCredential(AccessTokenCredential.class).getToken());
        assertSame(cachedJwt, cached.getPrincipal());
        assertEquals(((OidcJwtCallerPrincipal) cachedJwt).getCredential().getClass(), AccessTokenCredential.class);
        // The same attributes, except those of the request: they are the second request's own.
        Map<String, Object> checkedAttributes = new HashMap<>(checked.getAttributes());
        Map<String, Object> cachedAttributes = new HashMap<>(cached.getAttributes());
        assertSame(first.http, checkedAttributes.remove(RoutingContext.class.getName()));
        assertSame(second.http, cachedAttributes.remove(RoutingContext.class.getName()));
        assertSame(first.context, checkedAttributes.remove(AuthenticationRequestContext.class.getName()));
        assertSame(second.context, cachedAttributes.remove(AuthenticationRequestContext.class.getName()));
        assertEquals(checkedAttributes, cachedAttributes);
        assertSame(second.context, second.http.get(AuthenticationRequestContext.class.getName()));
    }

    @Test
    void eachRequestGetsClaimsOfItsOwnThatCannotChangeTheRemembered() throws Exception {
        String token = fullCheck.genuine(claims("case-manager"));
        authenticate(token, "Default");

        JwtClaims firstClaims = ((OidcJwtCallerPrincipal) authenticate(token, "Default").getPrincipal()).getClaims();
        firstClaims.setClaim("preferred_username", "someone-else");
        @SuppressWarnings("unchecked")
        Map<String, Object> realmAccess = (Map<String, Object>) firstClaims.getClaimValue("realm_access");
        assertThrows(UnsupportedOperationException.class, () -> realmAccess.put("roles", List.of("admin")));

        JsonWebToken second = (JsonWebToken) authenticate(token, "Default").getPrincipal();
        assertEquals("case-manager-north", second.getClaim("preferred_username"));
        assertEquals(1, fullCheck.calls);
    }

    @Test
    void fromExpOnTheTokenGoesBackToTheFullCheckWhichRefusesIt() {
        String token = fullCheck.genuine(claims("case-manager"));
        authenticate(token, "Default");

        clock.advance(Duration.ofSeconds(299));
        authenticate(token, "Default");
        assertEquals(1, fullCheck.calls);

        clock.advance(Duration.ofSeconds(1));
        assertThrows(AuthenticationFailedException.class, () -> authenticate(token, "Default"));
        assertEquals(2, fullCheck.calls);
        assertThrows(AuthenticationFailedException.class, () -> authenticate(token, "Default"));
        assertEquals(3, fullCheck.calls);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        String forged = token(claims("admin"), "forged-signature");

        assertThrows(AuthenticationFailedException.class, () -> authenticate(forged, "Default"));
        assertThrows(AuthenticationFailedException.class, () -> authenticate(forged, "Default"));

        assertEquals(2, fullCheck.calls);
        assertEquals(0, cache.size());
    }

    @Test
    void aGenuineTokenDoesNotVouchForAnotherWithTheSameClaims() {
        JwtClaims claims = claims("case-manager");
        String genuine = fullCheck.genuine(claims);
        authenticate(genuine, "Default");

        String forged = token(claims, "forged-signature");
        assertThrows(AuthenticationFailedException.class, () -> authenticate(forged, "Default"));
        assertEquals(2, fullCheck.calls);
    }

    @Test
    void aTokenVerifiedForOneTenantIsCheckedInFullForAnother() {
        String token = fullCheck.genuine(claims("case-manager"));
        authenticate(token, "Default");

        authenticate(token, "partners");

        assertEquals(2, fullCheck.calls);
    }

    @Test
    void aTokenBoundToAKeyIsCheckedInFullEveryTime() {
        JwtClaims claims = claims("case-manager");
        claims.setClaim("cnf", Map.of("jkt", "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"));
        String token = fullCheck.genuine(claims);

        authenticate(token, "Default");
        authenticate(token, "Default");

        assertEquals(2, fullCheck.calls);
    }

    @Test
    void aMaximumTokenAgeEndsTheEntryBeforeExp() {
        CachedTokenVerification ageLimited = new CachedTokenVerification(fullCheck, cache, Optional.empty(),
                Optional.of(Duration.ofSeconds(60)));
        String token = fullCheck.genuine(claims("case-manager"));
        authenticate(ageLimited, token, "Default");

        clock.advance(Duration.ofSeconds(59));
        authenticate(ageLimited, token, "Default");
        assertEquals(1, fullCheck.calls);

        clock.advance(Duration.ofSeconds(1));
        authenticate(ageLimited, token, "Default");
        assertEquals(2, fullCheck.calls);
    }

    @Test
    void withAMaximumTokenAgeATokenWithoutIatIsCheckedInFullEveryTime() {
        CachedTokenVerification ageLimited = new CachedTokenVerification(fullCheck, cache, Optional.empty(),
                Optional.of(Duration.ofSeconds(60)));
        JwtClaims claims = claims("case-manager");
        claims.unsetClaim("iat");
        String token = fullCheck.genuine(claims);

        authenticate(ageLimited, token, "Default");
        authenticate(ageLimited, token, "Default");

        assertEquals(2, fullCheck.calls);
    }

    @Test
    void theCacheHoldsNoToken() {
        String token = fullCheck.genuine(claims("case-manager"));
        SecurityIdentity identity = authenticate(token, "Default");

        VerifiedToken entry = VerifiedToken.of(token, identity, Optional.empty()).orElseThrow();

        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertFalse(entry.toString().contains(signature));
        assertFalse(entry.claims().containsKey("raw_token"));
    }

    @Test
    void withACacheOfSizeZeroEveryRequestIsCheckedInFull() {
        CachedTokenVerification off = new CachedTokenVerification(fullCheck, new VerifiedTokens(0, clock),
                Optional.empty(), Optional.empty());
        String token = fullCheck.genuine(claims("case-manager"));

        authenticate(off, token, "Default");
        authenticate(off, token, "Default");

        assertEquals(2, fullCheck.calls);
    }

    @Test
    void anythingButABearerAccessTokenIsLeftToQuarkusOidc() {
        TokenAuthenticationRequest idToken = new TokenAuthenticationRequest(new io.quarkus.oidc.IdTokenCredential("x.y.z"));

        assertNull(verification.authenticate(idToken, Uni.createFrom()::item).await().indefinitely());
        assertEquals(0, fullCheck.calls);
    }

    private SecurityIdentity authenticate(String token, String tenant) {
        return authenticate(verification, token, tenant);
    }

    private static SecurityIdentity authenticate(CachedTokenVerification verification, String token, String tenant) {
        Request request = new Request(tenant);
        return verification.authenticate(request.of(token), request.context).await().indefinitely();
    }

    private JwtClaims claims(String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("https://server.example.com");
        claims.setAudience("yos-api");
        claims.setSubject("6f1c2a80-0000-4000-8000-000000000001");
        claims.setClaim("azp", "yos-web");
        claims.setClaim("preferred_username", "case-manager-north");
        claims.setClaim("team", "north-1");
        claims.setClaim("organisation", "yos-north");
        claims.setClaim("scope", "read:cases");
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        claims.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(NOW.plusSeconds(300).getEpochSecond()));
        return claims;
    }

    private static String token(JwtClaims claims, String signature) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"1\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(signature.getBytes(StandardCharsets.UTF_8));
    }

    /** One HTTP request being authenticated: its routing context (with the tenant the mechanism resolved). */
    private static final class Request {
        final Map<String, Object> data = new HashMap<>();
        final RoutingContext http = routingContext(data);
        final AuthenticationRequestContext context = Uni.createFrom()::item;

        Request(String tenant) {
            data.put(VerifiedToken.TENANT_ID, tenant);
        }

        TokenAuthenticationRequest of(String token) {
            TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(token));
            HttpSecurityUtils.setRoutingContextAttribute(request, http);
            return request;
        }

        private static RoutingContext routingContext(Map<String, Object> data) {
            return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                    new Class<?>[] { RoutingContext.class }, (proxy, method, args) -> switch (method.getName()) {
                        case "get" -> data.get((String) args[0]);
                        case "put" -> {
                            data.put((String) args[0], args[1]);
                            yield proxy;
                        }
                        case "data" -> data;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "RoutingContext";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    /**
     * Stands in for quarkus-oidc's provider: accepts only tokens it signed ({@link #genuine}) and not yet expired,
     * and builds the identity as quarkus-oidc does (principal, roles from realm_access, scopes as permissions,
     * attributes from the request and the tenant).
     */
    private final class FullCheck implements IdentityProvider<TokenAuthenticationRequest> {
        final Set<String> signed = new HashSet<>();
        int calls;

        String genuine(JwtClaims claims) {
            String token = token(claims, "signature-" + signed.size());
            signed.add(token);
            return token;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            calls++;
            String token = request.getToken().getToken();
            try {
                JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                        StandardCharsets.UTF_8));
                if (!signed.contains(token) || !clock.instant().isBefore(Instant.ofEpochSecond(claims.getExpirationTime().getValue()))) {
                    return Uni.createFrom().failure(new AuthenticationFailedException());
                }
                claims.setClaim("raw_token", token);
                RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
                http.put(AuthenticationRequestContext.class.getName(), context);
                @SuppressWarnings("unchecked")
                List<String> roles = (List<String>) ((Map<String, Object>) claims.getClaimValue("realm_access")).get("roles");
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new OidcJwtCallerPrincipal(claims, request.getToken()))
                        .addCredential(request.getToken())
                        .addRoles(Set.copyOf(roles))
                        .addPermissionAsString(claims.getStringClaimValue("scope"))
                        .addAttribute("quarkus.identity.expire-time", claims.getExpirationTime().getValue())
                        .addAttribute(RoutingContext.class.getName(), http)
                        .addAttribute(AuthenticationRequestContext.class.getName(), http.get(AuthenticationRequestContext.class.getName()))
                        .addAttribute("configuration-metadata", "metadata of " + http.get(VerifiedToken.TENANT_ID))
                        .addAttribute(VerifiedToken.TENANT_ID, http.get(VerifiedToken.TENANT_ID))
                        .build());
            } catch (Exception e) {
                return Uni.createFrom().failure(new AuthenticationFailedException(e));
            }
        }
    }
}
