package uk.yos.web.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, from the validated access token: the subject, the user or client, and the {@code team} and
 * {@code organisation} claims that object-level checks rely on.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    /** The user's name, or for a client-credentials caller its service-account name. */
    public String username() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    /** The OAuth client the token was issued to ({@code azp}). */
    public String clientId() {
        return token.getClaim("azp");
    }

    public Optional<String> team() {
        return Optional.ofNullable(blankToNull(token.getClaim("team")));
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(blankToNull(token.getClaim("organisation")));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private static String blankToNull(Object claim) {
        String value = TokenClaims.text(claim);
        return value == null || value.isBlank() ? null : value;
    }
}
