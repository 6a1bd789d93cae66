package uk.yos.gateway.openapi;

import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The sign-in the gateway adds to every OpenAPI document it serves, so that a person can try the API from the Swagger
 * UI without pasting a token: an {@code oauth2} security scheme ({@value #NAME}) with the authorization code flow of
 * the Keycloak realm as a browser reaches it ({@code yos.gateway.public-realm-url}). The Swagger UI signs in with the
 * realm's public front-end client {@code yos-web} and PKCE (S256), which the realm requires of that client; the access
 * token it gets is the same bearer token the services check, so each operation that asks for {@code bearerAuth} also
 * accepts this scheme as an alternative. The services' own documents (and the clients generated from them) keep only
 * {@code bearerAuth}: which browser origin may sign in differs per deployment and is the gateway's to say.
 */
final class SignInScheme {

    /** The scheme's name in {@code components.securitySchemes} and in each operation's {@code security}. */
    static final String NAME = "keycloakSignIn";

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final JsonObject scheme;

    SignInScheme(String publicRealmUrl) {
        String realm = publicRealmUrl.endsWith("/") ? publicRealmUrl.substring(0, publicRealmUrl.length() - 1)
                : publicRealmUrl;
        String endpoints = realm + "/protocol/openid-connect";
        this.scheme = new JsonObject()
                .put("type", "oauth2")
                .put("description", "Sign in as a person with the YOS Keycloak realm: authorization code with PKCE "
                        + "(S256) on the public client yos-web, no client secret. The access token is then sent as a "
                        + "bearer token, as with bearerAuth, and the operation's roles apply to the signed-in user.")
                .put("flows", new JsonObject().put("authorizationCode", new JsonObject()
                        .put("authorizationUrl", endpoints + "/auth")
                        .put("tokenUrl", endpoints + "/token")
                        .put("refreshUrl", endpoints + "/token")
                        .put("scopes", new JsonObject().put("openid", "Sign in with OpenID Connect"))));
    }

    /**
     * Adds the scheme to the document's components, and to every security requirement list that asks for a token (the
     * document's own and each operation's) as one more alternative. A list that is absent or empty (no token needed)
     * is left as it is.
     */
    JsonObject addTo(JsonObject document) {
        JsonObject components = child(document, "components");
        child(components, "securitySchemes").put(NAME, scheme.copy());
        addAlternative(document);
        JsonObject paths = document.getJsonObject("paths");
        if (paths != null) {
            for (Map.Entry<String, Object> path : paths) {
                if (path.getValue() instanceof JsonObject item) {
                    for (String method : METHODS) {
                        if (item.getValue(method) instanceof JsonObject operation) {
                            addAlternative(operation);
                        }
                    }
                }
            }
        }
        return document;
    }

    private static void addAlternative(JsonObject holder) {
        if (!(holder.getValue("security") instanceof JsonArray requirements) || requirements.isEmpty()) {
            return;
        }
        for (Object requirement : requirements) {
            if (requirement instanceof JsonObject named && named.containsKey(NAME)) {
                return;
            }
        }
        requirements.add(new JsonObject().put(NAME, new JsonArray()));
    }

    private static JsonObject child(JsonObject parent, String name) {
        if (parent.getValue(name) instanceof JsonObject existing) {
            return existing;
        }
        JsonObject created = new JsonObject();
        parent.put(name, created);
        return created;
    }
}
