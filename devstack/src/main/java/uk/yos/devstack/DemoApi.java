package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo loaders' calls through the gateway, each as a named demo user: reads, creates with an
 * {@code Idempotency-Key} made from the demo record's reference, and changes with {@code If-Match}. Any refusal
 * stops the load with the problem's detail.
 */
final class DemoApi {

    /** Prefix of every demo Idempotency-Key, so a retried create is the same record. */
    static final String KEY_PREFIX = "devstack-demo-";

    // The realm's tokens live 300 s; a full load takes longer than that on a loaded machine.
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(120);

    private final ApiClient api;
    private final Function<String, String> tokenForUsername;
    private final Map<String, CachedToken> tokens = new HashMap<>();

    private record CachedToken(String token, long fetchedAt) {
    }

    DemoApi(String gatewayUrl, Function<String, String> tokenForUsername) {
        this.api = new ApiClient(gatewayUrl);
        this.tokenForUsername = tokenForUsername;
    }

    /** A read that must succeed. */
    JsonNode read(String username, String path) {
        return readVersioned(username, path).body();
    }

    /** A read that must succeed, with its ETag for a change. */
    ApiClient.Response readVersioned(String username, String path) {
        ApiClient.Response response = api.get(path, token(username));
        ApiClient.require2xx(response, "GET " + path + " as " + username);
        return response;
    }

    /** The {@code items} of a list page, or the elements of a plain list. */
    List<JsonNode> items(String username, String path) {
        JsonNode body = read(username, path);
        JsonNode items = body.isArray() ? body : body.path("items");
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    /** {@code POST} creating a record, with {@code Idempotency-Key: devstack-demo-<key>}. */
    JsonNode create(String username, String path, JsonNode body, String key) {
        return ApiClient.require2xx(api.post(path, token(username), body, KEY_PREFIX + key),
                "POST " + path + " (" + key + ") as " + username);
    }

    /** A change ({@code PUT} or {@code POST}) to a versioned record with {@code If-Match}; answers the new state. */
    ApiClient.Response change(String username, String method, String path, String etag, JsonNode body) {
        ApiClient.Response response = api.change(method, path, token(username), body, etag);
        ApiClient.require2xx(response, method + " " + path + " as " + username);
        return response;
    }

    private String token(String username) {
        long now = System.nanoTime();
        CachedToken cached = tokens.get(username);
        if (cached == null || now - cached.fetchedAt() > TOKEN_REUSE.toNanos()) {
            cached = new CachedToken(tokenForUsername.apply(username), now);
            tokens.put(username, cached);
        }
        return cached.token();
    }

    /** A JSON object from name, value pairs (strings, numbers, booleans, dates, JSON nodes, lists of them). */
    static ObjectNode body(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], value(namesAndValues[i + 1]));
        }
        return node;
    }

    private static JsonNode value(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            list.forEach(v -> array.add(value(v)));
            return array;
        }
        if (value instanceof Boolean b) {
            return Json.MAPPER.getNodeFactory().booleanNode(b);
        }
        if (value instanceof Integer n) {
            return Json.MAPPER.getNodeFactory().numberNode(n);
        }
        return Json.MAPPER.getNodeFactory().textNode(String.valueOf(value));
    }
}
