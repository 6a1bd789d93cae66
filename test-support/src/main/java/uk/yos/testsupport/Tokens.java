package uk.yos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Real RS256 access tokens, shaped like Keycloak's, signed with the key whose public half
 * {@code io.quarkus.test.oidc.server.OidcWiremockTestResource} serves as its JWKS (kid {@value #KEY_ID}). The service's
 * own {@code quarkus-oidc} validates them exactly as it validates Keycloak's: nothing is mocked on its side.
 * <p>
 * A service test module needs {@code @QuarkusTestResource(OidcWiremockTestResource.class)} and this test config:
 *
 * <pre>
 * %test.quarkus.oidc.auth-server-url=${keycloak.url}/realms/quarkus
 * %test.quarkus.oidc.token.issuer=https://server.example.com
 * quarkus.oidc.token.audience=yos-api
 * quarkus.oidc.roles.role-claim-path=realm_access/roles
 * quarkus.oidc.token.allow-jwt-introspection=false
 * quarkus.oidc.token.allow-opaque-token-introspection=false
 * </pre>
 *
 * ({@code keycloak.url} is set by the WireMock resource to {@code http://localhost:<port>/auth}; the issuer is the
 * one its discovery document advertises, see {@link #ISSUER}.)
 * <p>
 * Use: {@code given().auth().oauth2(Tokens.of(Persona.RJ_WORKER))}, or {@link #builder(Persona)} for edge cases.
 */
public final class Tokens {

    /**
     * The issuer {@code OidcWiremockTestResource} advertises and expects. It reads the same system property, so
     * overriding it there overrides it here.
     */
    public static final String ISSUER = System.getProperty("quarkus.test.oidc.token.issuer", "https://server.example.com");
    public static final String AUDIENCE = "yos-api";
    /** The kid of the key in {@code privateKey.jwk} and in the WireMock JWKS. */
    public static final String KEY_ID = "1";
    public static final Duration LIFESPAN = Duration.ofMinutes(5);

    private static final String SIGNING_KEY_LOCATION = "classpath:privateKey.jwk";

    private Tokens() {
    }

    /** A valid token for the persona. */
    public static String of(Persona persona) {
        return builder(persona).sign();
    }

    /** Expired well beyond any clock-skew allowance. */
    public static String expired(Persona persona) {
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        return builder(persona).issuedAt(longAgo).expiresAt(longAgo.plus(LIFESPAN)).sign();
    }

    /** Issued for another API: the service must reject it. */
    public static String withAudience(Persona persona, String audience) {
        return builder(persona).audience(audience).sign();
    }

    /** Correct in every claim and in its kid, but signed by a key the JWKS does not hold. */
    public static String signedWithUnknownKey(Persona persona) {
        return builder(persona).signWith(UnknownKey.PRIVATE_KEY).sign();
    }

    /** Starts from the persona's claims; override what an edge case needs. */
    public static Builder builder(Persona persona) {
        return new Builder(persona);
    }

    /** The claims of one token; setters return the builder, {@link #sign()} finishes. */
    public static final class Builder {

        private final Persona persona;
        private List<String> roles;
        private String team;
        private String organisation;
        private String audience = AUDIENCE;
        private Instant issuedAt = Instant.now();
        private Instant expiresAt;
        private PrivateKey signingKey;
        private final Map<String, Object> extraClaims = new LinkedHashMap<>();

        private Builder(Persona persona) {
            this.persona = persona;
            this.roles = persona.roles();
            this.team = persona.team().orElse(null);
            this.organisation = persona.organisation();
        }

        /** Replaces the realm roles (none at all is allowed). */
        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        /** Replaces the team claim; {@code null} leaves the claim out. */
        public Builder team(String team) {
            this.team = team;
            return this;
        }

        /** E.g. a case manager whose account has no team yet. */
        public Builder withoutTeam() {
            return team(null);
        }

        /** Replaces the organisation claim; {@code null} leaves the claim out. */
        public Builder organisation(String organisation) {
            this.organisation = organisation;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        /** Defaults to {@link #LIFESPAN} after {@code iat}. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** Any other claim, or a different value for a standard one. */
        public Builder claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        Builder signWith(PrivateKey key) {
            this.signingKey = key;
            return this;
        }

        public String sign() {
            JwtClaimsBuilder claims = Jwt.claims()
                    .issuer(ISSUER)
                    .subject(persona.subject())
                    .audience(audience)
                    .claim("azp", persona.clientId())
                    .preferredUserName(persona.username())
                    // Keycloak's shape for realm roles; services read them from realm_access/roles.
                    .claim("realm_access", Map.of("roles", roles))
                    .claim("typ", "Bearer")
                    .issuedAt(issuedAt.getEpochSecond())
                    .expiresAt((expiresAt != null ? expiresAt : issuedAt.plus(LIFESPAN)).getEpochSecond());
            if (persona.isServiceAccount()) {
                claims.claim("client_id", persona.clientId()); // Keycloak adds it to service-account tokens
            }
            if (team != null) {
                claims.claim("team", team);
            }
            if (organisation != null) {
                claims.claim("organisation", organisation);
            }
            extraClaims.forEach(claims::claim);
            return claims.jws()
                    .keyId(KEY_ID)
                    .algorithm(SignatureAlgorithm.RS256)
                    .sign(signingKey != null ? signingKey : WireMockKey.PRIVATE_KEY);
        }
    }

    /**
     * The private key of {@code quarkus-test-oidc-server}, read from its jar directly rather than through
     * {@code smallrye.jwt.sign.key.location}, which only the Quarkus application's config would see.
     */
    private static final class WireMockKey {
        static final PrivateKey PRIVATE_KEY = load();

        private static PrivateKey load() {
            try {
                Key key = KeyUtils.readSigningKey(SIGNING_KEY_LOCATION, KEY_ID, SignatureAlgorithm.RS256);
                if (!(key instanceof PrivateKey privateKey)) {
                    throw new IllegalStateException("No RSA private key with kid " + KEY_ID + " in " + SIGNING_KEY_LOCATION
                            + "; is io.quarkus:quarkus-test-oidc-server on the test classpath?");
                }
                return privateKey;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A key pair made in memory, once per JVM (RSA generation is slow), that no JWKS knows. */
    private static final class UnknownKey {
        static final PrivateKey PRIVATE_KEY = generate();

        private static PrivateKey generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair().getPrivate();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
