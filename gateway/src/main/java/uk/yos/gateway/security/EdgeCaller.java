package uk.yos.gateway.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import uk.yos.web.security.TokenClaims;

/**
 * Who is calling, as far as the gateway cares: for rate limits and the access log. (The services know more of a
 * caller, from the same token: uk.yos.web.security.Caller.)
 *
 * @param id       the token's subject; for a client-credentials token, {@code client:<clientId>}
 * @param clientId the OAuth client the token was issued to ({@code azp}), or null
 */
public record EdgeCaller(String id, String clientId) {

    static EdgeCaller of(JsonWebToken token) {
        String clientId = TokenClaims.text(token.getClaim("azp"));
        // Keycloak marks a service account's (client-credentials) token with the client's id.
        boolean clientCredentials = token.containsClaim("client_id") || token.containsClaim("clientId");
        String subject = token.getSubject();
        if ((clientCredentials || subject == null) && clientId != null) {
            return new EdgeCaller("client:" + clientId, clientId);
        }
        return new EdgeCaller(subject, clientId);
    }
}
