package uk.yos.web.security;

import jakarta.json.JsonString;

/** Reading claims of a validated token, whichever way it was parsed. */
public final class TokenClaims {

    private TokenClaims() {
    }

    /** A claim as text; depending on how the token was parsed, custom claims come as String or as JSON-P values. */
    public static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }
}
