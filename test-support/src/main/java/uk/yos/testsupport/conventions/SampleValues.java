package uk.yos.testsupport.conventions;

import static uk.yos.testsupport.conventions.ApiDocument.asList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A value for a parameter, taken from what the document says about it: a record id (format uuid) gets the made-up
 * id, otherwise the parameter's example, the first of its enum, or a string its pattern matches.
 */
final class SampleValues {

    private SampleValues() {
    }

    static String of(ApiDocument document, Map<String, Object> parameter, String madeUpId) {
        Map<String, Object> schema = flatten(document, parameter.get("schema"));
        if ("uuid".equals(schema.get("format"))) {
            return madeUpId;
        }
        if (parameter.get("example") != null) {
            return String.valueOf(parameter.get("example"));
        }
        if (schema.get("example") != null) {
            return String.valueOf(schema.get("example"));
        }
        List<Object> values = asList(schema.get("enum"));
        if (!values.isEmpty()) {
            return String.valueOf(values.get(0));
        }
        if (schema.get("pattern") instanceof String pattern) {
            String sample = PatternSample.of(pattern);
            if (!Pattern.compile(pattern).matcher(sample).find()) {
                throw new IllegalStateException("No sample for parameter " + parameter.get("name") + ": '" + sample
                        + "' does not match " + pattern);
            }
            return sample;
        }
        return switch (String.valueOf(schema.get("type"))) {
            case "integer", "number" -> String.valueOf(schema.getOrDefault("minimum", 1));
            case "boolean" -> "true";
            default -> switch (String.valueOf(schema.get("format"))) {
                case "date" -> "2026-01-15";
                case "date-time" -> "2026-01-15T10:00:00Z";
                default -> "x";
            };
        };
    }

    /** The schema with references followed and {@code allOf} parts merged (later parts add to earlier ones). */
    static Map<String, Object> flatten(ApiDocument document, Object schema) {
        Map<String, Object> resolved = document.resolve(schema);
        Map<String, Object> flat = new LinkedHashMap<>();
        for (Object part : asList(resolved.get("allOf"))) {
            flatten(document, part).forEach(flat::putIfAbsent);
        }
        resolved.forEach((name, value) -> {
            if (!name.equals("allOf")) {
                flat.put(name, value);
            }
        });
        return flat;
    }
}
