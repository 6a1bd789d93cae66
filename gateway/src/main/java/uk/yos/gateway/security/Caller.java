package uk.yos.gateway.security;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as far as the gateway cares: for rate limits and the access log.
 *
 * @param id       the token's subject; for a client-credentials token, {@code client:<clientId>}
 * @param clientId the OAuth client the token was issued to ({@code azp}), or null
 */
public record Caller(String id, String clientId) {

    static Caller of(JsonWebToken token) {
        String clientId = text(token.getClaim("azp"));
        // Keycloak marks a service account's (client-credentials) token with the client's id.
        boolean clientCredentials = token.containsClaim("client_id") || token.containsClaim("clientId");
        String subject = token.getSubject();
        if ((clientCredentials || subject == null) && clientId != null) {
            return new Caller("client:" + clientId, clientId);
        }
        return new Caller(subject, clientId);
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }
}
