package uk.yos.k8s.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads policy JSON strictly: a field the evaluator does not know is an error, never something to skip. */
final class StrictJson {

    private StrictJson() {
    }

    static void onlyFields(JsonNode node, String where, String... known) {
        if (!node.isObject()) {
            throw new UnsupportedPolicyException(where + ": expected an object, got " + node);
        }
        Set<String> allowed = Set.of(known);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new UnsupportedPolicyException(where + ": field " + name + " is not implemented");
            }
        }
    }

    /** A list field; missing or null reads as empty, which is what the API makes of both. */
    static List<JsonNode> list(JsonNode parent, String field, String where) {
        JsonNode value = parent.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new UnsupportedPolicyException(where + ": " + field + " must be a list, got " + value);
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    static String text(JsonNode parent, String field, String where) {
        JsonNode value = parent.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new UnsupportedPolicyException(where + ": " + field + " must be a non-empty string, got " + value);
        }
        return value.asText();
    }

    static Map<String, String> stringMap(JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new UnsupportedPolicyException(where + ": expected a map of strings, got " + node);
        }
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new UnsupportedPolicyException(where + ": " + entry.getKey() + " must be a string");
            }
            map.put(entry.getKey(), entry.getValue().asText());
        });
        return map;
    }
}
