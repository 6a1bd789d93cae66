package uk.yos.testsupport.conventions;

import static uk.yos.testsupport.conventions.ApiDocument.asList;
import static uk.yos.testsupport.conventions.ApiDocument.asMap;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every value a caller sends or gets has a documented bound: a string a {@code maxLength}, an enum, a const or a
 * format that fixes its length (uuid, date, date-time); a number a minimum and a maximum (or an enum); an array
 * {@code maxItems}. Referenced schemas are checked where they are defined, so each is reported once.
 * <p>
 * A place is named {@code Schema.property.sub[]} in {@code components.schemas}, and
 * {@code operationId parameter name}, {@code operationId request body} or {@code operationId response 200} inline
 * in an operation; {@code []} stands for an array's items.
 */
final class Bounds {

    private static final Set<String> BOUNDED_FORMATS = Set.of("uuid", "date", "date-time");

    private final Set<String> unboundedArraysAllowed;
    private final List<String> problems;

    private Bounds(Set<String> unboundedArraysAllowed, List<String> problems) {
        this.unboundedArraysAllowed = unboundedArraysAllowed;
        this.problems = problems;
    }

    /** Each component schema, and each component header's schema (named {@code header Name}). */
    static void ofComponents(ApiDocument document, Set<String> unboundedArraysAllowed, List<String> problems) {
        Bounds bounds = new Bounds(unboundedArraysAllowed, problems);
        document.map("components", "schemas").forEach((name, schema) -> bounds.check(name, schema));
        document.map("components", "headers")
                .forEach((name, header) -> bounds.check("header " + name, asMap(header).get("schema")));
    }

    /** The operation's parameters, its request body and its responses (bodies and headers) where inline. */
    static void ofOperation(ApiOperation operation, Set<String> unboundedArraysAllowed, List<String> problems) {
        Bounds bounds = new Bounds(unboundedArraysAllowed, problems);
        String name = operation.operationId();
        for (Map<String, Object> parameter : operation.parameters()) {
            bounds.check(name + " parameter " + parameter.get("name"), parameter.get("schema"));
        }
        asMap(asMap(operation.get("requestBody")).get("content")).values()
                .forEach(content -> bounds.check(name + " request body", asMap(content).get("schema")));
        operation.responses().forEach((status, response) -> {
            asMap(asMap(response).get("content")).values()
                    .forEach(content -> bounds.check(name + " response " + status, asMap(content).get("schema")));
            asMap(asMap(response).get("headers")).forEach((header, definition) -> bounds
                    .check(name + " response " + status + " header " + header, asMap(definition).get("schema")));
        });
    }

    private void check(String where, Object value) {
        Map<String, Object> schema = asMap(value);
        if (schema.isEmpty() || schema.containsKey("$ref")) {
            return;
        }
        switch (type(schema)) {
            case "string" -> {
                if (!schema.containsKey("maxLength") && !schema.containsKey("enum") && !schema.containsKey("const")
                        && !BOUNDED_FORMATS.contains(schema.get("format"))) {
                    problems.add(where + ": a string without maxLength, enum or a bounded format");
                }
            }
            case "integer", "number" -> {
                boolean min = schema.containsKey("minimum") || schema.containsKey("exclusiveMinimum");
                boolean max = schema.containsKey("maximum") || schema.containsKey("exclusiveMaximum");
                if (!schema.containsKey("enum") && !(min && max)) {
                    problems.add(where + ": a number without " + (min ? "maximum" : max ? "minimum"
                            : "minimum and maximum"));
                }
            }
            case "array" -> {
                if (!schema.containsKey("maxItems") && !unboundedArraysAllowed.contains(where)) {
                    problems.add(where + ": an array without maxItems");
                }
            }
            default -> {
            }
        }
        check(where + "[]", schema.get("items"));
        asMap(schema.get("properties")).forEach((property, definition) -> check(where + "." + property, definition));
        if (schema.get("additionalProperties") instanceof Map<?, ?> additional) {
            check(where + ".*", additional);
        }
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            for (Object part : asList(schema.get(combination))) {
                check(where, part);
            }
        }
    }

    /** The type, the non-null one of an OpenAPI 3.1 list such as {@code [string, "null"]}; empty when untyped. */
    private static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream().filter(t -> !"null".equals(t)).map(String::valueOf).findFirst().orElse("");
        }
        return type == null ? "" : type.toString();
    }
}
