package uk.yos.k8s.schema;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;

/**
 * Compares an object as written with the same object read into its Kubernetes model and written back. A difference
 * is a value the model had to convert: a number where the schema wants a string, a boolean written as text, ...
 */
final class RoundTrip {

    private RoundTrip() {
    }

    static void compare(JsonElement written, JsonElement model, String path, List<String> problems) {
        if (written.isJsonObject() && model.isJsonObject()) {
            JsonObject w = written.getAsJsonObject();
            JsonObject m = model.getAsJsonObject();
            for (Map.Entry<String, JsonElement> field : w.entrySet()) {
                String at = path + "." + field.getKey();
                if (field.getValue().isJsonNull()) {
                    continue;
                }
                if (!m.has(field.getKey())) {
                    problems.add(at + " is not a field of the schema");
                } else {
                    compare(field.getValue(), m.get(field.getKey()), at, problems);
                }
            }
        } else if (written.isJsonArray() && model.isJsonArray()) {
            var w = written.getAsJsonArray();
            var m = model.getAsJsonArray();
            if (w.size() != m.size()) {
                problems.add(path + " has " + w.size() + " items, the schema read " + m.size());
                return;
            }
            for (int i = 0; i < w.size(); i++) {
                compare(w.get(i), m.get(i), path + "[" + i + "]", problems);
            }
        } else if (written.isJsonPrimitive() && model.isJsonPrimitive()) {
            if (!samePrimitive(written.getAsJsonPrimitive(), model.getAsJsonPrimitive())) {
                problems.add(path + " is " + describe(written) + " but the schema wants " + describe(model));
            }
        } else {
            problems.add(path + " is " + describe(written) + " but the schema wants " + describe(model));
        }
    }

    private static boolean samePrimitive(JsonPrimitive written, JsonPrimitive model) {
        if (written.isNumber() && model.isNumber()) {
            return written.getAsBigDecimal().compareTo(model.getAsBigDecimal()) == 0;
        }
        return written.isString() == model.isString() && written.isBoolean() == model.isBoolean()
                && written.isNumber() == model.isNumber() && written.getAsString().equals(model.getAsString());
    }

    private static String describe(JsonElement e) {
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "a list";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        String type = p.isString() ? "the string" : p.isBoolean() ? "the boolean" : "the number";
        return type + " " + p;
    }
}
