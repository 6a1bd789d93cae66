package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the claims of a JWT WITHOUT checking its signature: for tests and diagnostics only, never for access decisions. */
public final class Jwt {

    private Jwt() {
    }

    public static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new DevStackException("Not a JWT (expected header.payload.signature)");
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        return Json.parse(new String(payload, StandardCharsets.UTF_8));
    }
}
