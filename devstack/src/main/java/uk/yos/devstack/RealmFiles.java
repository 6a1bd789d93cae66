package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Keycloak realm files of {@code k8s/keycloak}: the production realm ({@code yos-realm.json}) and the dev-only
 * additions ({@code dev/yos-dev-additions.json}), merged into the one realm file devstack imports. The dev realm also
 * lets the gateway's Swagger UI sign people in with {@value #WEB_CLIENT} ({@link #devRealm(String)}).
 * <p>
 * Files are read from the checkout when there is one, otherwise from the copy packaged in this jar.
 */
public final class RealmFiles {

    public static final String REALM = "yos";
    public static final String IMPORT_FILE_NAME = "yos-realm.json";
    /** The realm's public front-end client (authorization code with PKCE), which the Swagger UI signs in with. */
    public static final String WEB_CLIENT = "yos-web";
    /** Where Keycloak sends the browser back to the gateway's Swagger UI after signing in. */
    public static final String SWAGGER_UI_REDIRECT_PATH = "/q/swagger-ui/oauth2-redirect.html";
    /**
     * The key of the dev additions that adds to clients of the realm: objects of a {@code clientId} and the
     * {@link #CLIENT_ADDITION_FIELDS} to append to that client's.
     */
    public static final String CLIENT_ADDITIONS = "clientAdditions";
    /** What {@link #CLIENT_ADDITIONS} may add to a client: these lists, nothing else. */
    public static final Set<String> CLIENT_ADDITION_FIELDS = Set.of("redirectUris", "webOrigins");

    private static final String CLASSPATH_DIR = "/uk/yos/devstack/realm/";

    private RealmFiles() {
    }

    /** The production realm, as Kubernetes imports it. */
    public static ObjectNode productionRealm() {
        return load(RepoLayout.find().map(RepoLayout::productionRealmFile), "yos-realm.json");
    }

    /** The dev-only additions (demo users, the yos-dev-cli client). */
    public static ObjectNode devAdditions() {
        return load(RepoLayout.find().map(RepoLayout::devAdditionsFile), "dev/yos-dev-additions.json");
    }

    /** The realm devstack imports: production realm plus the dev additions. */
    public static ObjectNode devRealm() {
        return merge(productionRealm(), devAdditions());
    }

    /**
     * The dev realm, where the Swagger UI of a gateway at {@code gatewayUrl} (e.g. {@code http://localhost:18080}: the
     * address a browser uses, with whatever port this stack gave the gateway) may also sign people in with
     * {@value #WEB_CLIENT}: its redirect page among the client's redirect URIs, its origin among the web origins (so
     * the browser may call the token endpoint). Never the production realm's.
     */
    public static ObjectNode devRealm(String gatewayUrl) {
        String origin = gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
        ObjectNode swaggerUi = Json.MAPPER.createObjectNode();
        ObjectNode web = swaggerUi.putArray(CLIENT_ADDITIONS).addObject().put("clientId", WEB_CLIENT);
        web.putArray("redirectUris").add(origin + SWAGGER_UI_REDIRECT_PATH);
        web.putArray("webOrigins").add(origin);
        return merge(devRealm(), swaggerUi);
    }

    /**
     * Appends every array of {@code additions} (e.g. {@code clients}, {@code users}) to the same array of the realm;
     * keys starting with {@code _} are comments. {@value #CLIENT_ADDITIONS} appends, to a client the realm (or the
     * additions) already has, the redirect URIs and web origins it lacks. Anything else, or a client id / username /
     * id that would appear twice, is an error: the additions may add, never silently change, the production realm.
     */
    public static ObjectNode merge(ObjectNode realm, ObjectNode additions) {
        ObjectNode merged = realm.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = additions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.startsWith("_") || key.equals(CLIENT_ADDITIONS)) {
                continue;
            }
            if (!field.getValue().isArray()) {
                throw new DevStackException("Dev additions may only append to arrays of the realm; '" + key
                        + "' is not an array.");
            }
            JsonNode existing = merged.get(key);
            ArrayNode target;
            if (existing == null || existing.isNull()) {
                target = merged.putArray(key);
            } else if (existing.isArray()) {
                target = (ArrayNode) existing;
            } else {
                throw new DevStackException("Cannot append dev additions to realm field '" + key + "': not an array.");
            }
            for (JsonNode element : field.getValue()) {
                target.add(element.deepCopy());
            }
        }
        requireUnique(merged, "clients", "clientId");
        requireUnique(merged, "users", "username");
        requireUnique(merged, "users", "id");
        JsonNode clientAdditions = additions.get(CLIENT_ADDITIONS);
        if (clientAdditions != null) {
            addToClients(merged, clientAdditions);
        }
        return merged;
    }

    private static void addToClients(ObjectNode realm, JsonNode clientAdditions) {
        if (!clientAdditions.isArray()) {
            throw new DevStackException("Dev additions: '" + CLIENT_ADDITIONS + "' is not an array.");
        }
        for (JsonNode addition : clientAdditions) {
            String clientId = addition.path("clientId").asText("");
            ObjectNode client = client(realm, clientId).orElseThrow(() -> new DevStackException("Dev additions: '"
                    + CLIENT_ADDITIONS + "' names client '" + clientId + "', which the realm does not have."));
            for (Iterator<Map.Entry<String, JsonNode>> it = addition.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                if (name.equals("clientId") || name.startsWith("_")) {
                    continue;
                }
                if (!CLIENT_ADDITION_FIELDS.contains(name) || !field.getValue().isArray()) {
                    throw new DevStackException("Dev additions may add to client '" + clientId + "' only the lists "
                            + CLIENT_ADDITION_FIELDS + "; '" + name + "' is not one of them.");
                }
                JsonNode existing = client.get(name);
                if (existing != null && !existing.isNull() && !existing.isArray()) {
                    throw new DevStackException("Client '" + clientId + "' has a '" + name + "' that is not a list.");
                }
                ArrayNode target = existing == null || existing.isNull() ? client.putArray(name) : (ArrayNode) existing;
                Set<String> present = new HashSet<>();
                target.forEach(value -> present.add(value.asText()));
                for (JsonNode value : field.getValue()) {
                    if (!value.isTextual() || value.asText().isBlank()) {
                        throw new DevStackException("Dev additions: client '" + clientId + "' " + name + " must be "
                                + "strings, not " + value);
                    }
                    if (present.add(value.asText())) {
                        target.add(value.asText());
                    }
                }
            }
        }
    }

    private static Optional<ObjectNode> client(ObjectNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client instanceof ObjectNode object && clientId.equals(client.path("clientId").asText())) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }

    /** Writes the realm where Keycloak's {@code --import-realm} picks it up ({@code <home>/data/import}). */
    public static Path writeImportFile(ObjectNode realm, Path importDir) {
        Path file = importDir.resolve(IMPORT_FILE_NAME);
        Json.write(realm, file);
        return file;
    }

    private static void requireUnique(ObjectNode realm, String arrayName, String field) {
        JsonNode array = realm.get(arrayName);
        if (array == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode element : array) {
            JsonNode value = element.get(field);
            if (value != null && !seen.add(value.asText())) {
                throw new DevStackException("The merged realm has two " + arrayName + " with " + field + " '"
                        + value.asText() + "'.");
            }
        }
    }

    private static ObjectNode load(Optional<Path> fromCheckout, String classpathName) {
        if (fromCheckout.isPresent() && Files.isRegularFile(fromCheckout.get())) {
            return asObject(Json.read(fromCheckout.get()), fromCheckout.get().toString());
        }
        InputStream in = RealmFiles.class.getResourceAsStream(CLASSPATH_DIR + classpathName);
        if (in == null) {
            throw new DevStackException("Realm file " + classpathName + " found neither in a checkout (k8s/keycloak) "
                    + "nor on the class path.");
        }
        return asObject(Json.read(in, "classpath:" + classpathName), classpathName);
    }

    private static ObjectNode asObject(JsonNode node, String what) {
        if (!(node instanceof ObjectNode)) {
            throw new DevStackException(what + " is not a JSON object.");
        }
        return (ObjectNode) node;
    }
}
