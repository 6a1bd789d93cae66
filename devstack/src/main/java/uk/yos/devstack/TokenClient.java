package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Gets access tokens from a realm's token endpoint (password and client-credentials grants). */
public final class TokenClient {

    private final String tokenEndpoint;

    public TokenClient(String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    public String tokenEndpoint() {
        return tokenEndpoint;
    }

    /** Resource-owner password grant (only clients with direct access grants, e.g. the dev-only yos-dev-cli). */
    public String password(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return accessToken(request(form), clientId + " password grant for " + username);
    }

    /** Client-credentials grant of a confidential client with a service account. */
    public String clientCredentials(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return accessToken(request(form), clientId + " client-credentials grant");
    }

    /** The raw answer of the token endpoint (status and JSON body), e.g. to assert that a grant is refused. */
    public TokenResponse request(Map<String, String> form) {
        HttpResponse<String> response = Http.postForm(tokenEndpoint, form);
        JsonNode body = response.body() == null || response.body().isBlank()
                ? Json.MAPPER.createObjectNode() : Json.parse(response.body());
        return new TokenResponse(response.statusCode(), body);
    }

    private static String accessToken(TokenResponse response, String what) {
        if (response.status() != 200 || !response.body().hasNonNull("access_token")) {
            throw new TokenRequestException(what, response);
        }
        return response.body().get("access_token").asText();
    }

    /** Status and body of a token endpoint answer. */
    public record TokenResponse(int status, JsonNode body) {

        public String error() {
            return body.path("error").asText(null);
        }

        public String errorDescription() {
            return body.path("error_description").asText(null);
        }
    }

    /** A token request Keycloak refused; carries its {@code error} and {@code error_description}. */
    public static final class TokenRequestException extends DevStackException {

        private final TokenResponse response;

        TokenRequestException(String what, TokenResponse response) {
            super(what + " refused: HTTP " + response.status() + " " + response.error() + ": "
                    + response.errorDescription());
            this.response = response;
        }

        public TokenResponse response() {
            return response;
        }
    }
}
