package uk.yos.testsupport.conventions;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.path.json.JsonPath;

/**
 * A service's OpenAPI document as plain maps and lists: the one the running test app serves at
 * {@code /q/openapi?format=json}, which is also what the build stores in {@code target/openapi/openapi.json}.
 */
public final class ApiDocument {

    /** Where the build writes the document (quarkus.smallrye-openapi.store-schema-directory), from the module. */
    public static final Path STORED = Path.of("target", "openapi", "openapi.json");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private final Map<String, Object> root;

    private ApiDocument(Map<String, Object> root) {
        this.root = root;
    }

    /** The document the running app serves. */
    public static ApiDocument served() {
        return new ApiDocument(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("$"));
    }

    /** A document read elsewhere, e.g. one the gateway serves, as parsed JSON. */
    public static ApiDocument of(Map<String, Object> root) {
        return new ApiDocument(root);
    }

    /** The document the build wrote to {@link #STORED}. */
    public static ApiDocument stored() {
        try {
            return new ApiDocument(new JsonPath(Files.readString(STORED)).getMap("$"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at a path of member names, or null; e.g. {@code get("components", "securitySchemes")}. */
    public Object get(String... names) {
        Object node = root;
        for (String name : names) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(name);
        }
        return node;
    }

    public Map<String, Object> map(String... names) {
        return asMap(get(names));
    }

    /** Every operation, in document order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        map("paths").forEach((path, item) -> asMap(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(new ApiOperation(this, method.toUpperCase(), path, asMap(operation)));
            }
        }));
        return operations;
    }

    /** A schema with its {@code $ref} followed (repeatedly); other members beside the reference are kept. */
    public Map<String, Object> resolve(Object schema) {
        Map<String, Object> resolved = asMap(schema);
        int hops = 0;
        while (resolved.get("$ref") instanceof String ref && hops++ < 20) {
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are supported: " + ref);
            }
            Map<String, Object> target = map(ref.substring(2).split("/"));
            Map<String, Object> merged = new LinkedHashMap<>(target);
            resolved.forEach((name, value) -> {
                if (!name.equals("$ref")) {
                    merged.put(name, value);
                }
            });
            resolved = merged;
        }
        return resolved;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
