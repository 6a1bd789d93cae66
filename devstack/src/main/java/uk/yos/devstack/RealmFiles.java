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
 * additions ({@code dev/yos-dev-additions.json}), merged into the one realm file devstack imports.
 * <p>
 * Files are read from the checkout when there is one, otherwise from the copy packaged in this jar.
 */
public final class RealmFiles {

    public static final String REALM = "yos";
    public static final String IMPORT_FILE_NAME = "yos-realm.json";

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
     * Appends every array of {@code additions} (e.g. {@code clients}, {@code users}) to the same array of the realm;
     * keys starting with {@code _} are comments. Anything else, or a client id / username / id that would appear
     * twice, is an error: the additions may add, never silently change, the production realm.
     */
    public static ObjectNode merge(ObjectNode realm, ObjectNode additions) {
        ObjectNode merged = realm.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = additions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.startsWith("_")) {
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
        return merged;
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
