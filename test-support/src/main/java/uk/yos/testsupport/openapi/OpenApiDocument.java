package uk.yos.testsupport.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

/**
 * One service's OpenAPI 3.1 document, and whether a response conforms to it: the operation is found from the
 * method and path (a literal segment wins over a template, as OpenAPI requires), the response from the status
 * ({@code 404}, else {@code 4XX}, else {@code default}), the media type from {@code Content-Type}; the body is
 * validated against that media type's schema and each declared header against its own, with the networknt JSON
 * Schema validator in its OpenAPI 3.1 dialect (JSON Schema 2020-12, formats asserted), {@code $ref}s resolved
 * inside the document.
 */
public final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final int MAX_BODY_SHOWN = 2000;

    private final String name;
    private final JsonNode root;
    private final Schema document;
    private final List<PathTemplate> paths = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** A path of the document, split into segments; a {@code null} segment is a template such as {@code {id}}. */
    private record PathTemplate(String path, List<String> segments, int literals) {

        static PathTemplate of(String path) {
            List<String> segments = new ArrayList<>();
            int literals = 0;
            for (String segment : split(path)) {
                boolean template = segment.startsWith("{") && segment.endsWith("}");
                segments.add(template ? null : segment);
                literals += template ? 0 : 1;
            }
            return new PathTemplate(path, segments, literals);
        }

        boolean matches(List<String> requestSegments) {
            if (requestSegments.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                String literal = segments.get(i);
                if (literal == null ? requestSegments.get(i).isEmpty() : !literal.equals(requestSegments.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What became of one response: validated (with its violations, none when it conforms) or not, and why. */
    public record Outcome(boolean validated, String operation, List<String> violations, String reason) {

        static Outcome notValidated(String reason) {
            return new Outcome(false, null, List.of(), reason);
        }

        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    private OpenApiDocument(String name, JsonNode root) {
        this.name = name;
        this.root = root;
        if (!root.path("openapi").asText().startsWith("3.1")) {
            throw new IllegalArgumentException(name + " is not an OpenAPI 3.1 document: openapi is "
                    + root.path("openapi"));
        }
        String iri = "https://openapi.yos.test/" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
        String text = root.toString();
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(iri, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        this.document = registry.loadSchema(SchemaLocation.of(iri), false);
        root.path("paths").fieldNames().forEachRemaining(path -> paths.add(PathTemplate.of(path)));
    }

    /** The document in its JSON form, {@code name} saying whose it is in messages. */
    public static OpenApiDocument parse(String name, String json) {
        try {
            return new OpenApiDocument(name, JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not a JSON document: " + e.getMessage(), e);
        }
    }

    /** The document a running application serves, e.g. {@code http://localhost:8081/q/openapi?format=json}. */
    public static OpenApiDocument fetch(String name, URI url) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(url).header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            return parse(name, response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the OpenAPI document at " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading " + url, e);
        }
    }

    public String name() {
        return name;
    }

    /** Whether the document has an operation for this method and request path. */
    public boolean hasOperation(String method, String rawPath) {
        return operationPath(method, rawPath).isPresent();
    }

    /**
     * Validates one response.
     *
     * @param method the request's method
     * @param rawPath the request's path, still percent-encoded, without the query
     * @param status the response's status
     * @param headers the response's headers, by name in any case
     * @param contentType the response's {@code Content-Type}, or null
     * @param body the response's body, empty when there is none
     */
    public Outcome validate(String method, String rawPath, int status, Map<String, String> headers,
            String contentType, String body) {
        Optional<String> templatePath = operationPath(method, rawPath);
        if (templatePath.isEmpty()) {
            return Outcome.notValidated("no operation " + method.toUpperCase(Locale.ROOT) + " " + rawPath + " in "
                    + name + "'s document");
        }
        String operation = method.toUpperCase(Locale.ROOT) + " " + templatePath.get();
        List<String> violations = new ArrayList<>();
        NodePath responses = pointer("paths", templatePath.get(), method.toLowerCase(Locale.ROOT), "responses");
        JsonNode declared = at(responses);
        String code = Integer.toString(status);
        String key = declared.has(code) ? code
                : declared.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : declared.has("default") ? "default" : null;
        if (key == null) {
            violations.add("status " + status + " is not a documented response (documented: "
                    + iterable(declared.fieldNames()) + ")");
            return new Outcome(true, operation, violations, null);
        }
        NodePath responsePointer = responses.append(key);
        JsonNode response = resolve(responsePointer);
        validateHeaders(pointerOf(responsePointer, response), response, headers, violations);
        validateBody(pointerOf(responsePointer, response), response, contentType, body, violations);
        if (!violations.isEmpty()) {
            violations.add("body: " + (body.length() > MAX_BODY_SHOWN ? body.substring(0, MAX_BODY_SHOWN) + "..."
                    : body));
        }
        return new Outcome(true, operation, violations, null);
    }

    private void validateBody(NodePath responsePointer, JsonNode response, String contentType, String body,
            List<String> violations) {
        JsonNode content = response.path("content");
        if (!content.isObject() || content.isEmpty()) {
            if (!body.isEmpty()) {
                violations.add("a body was sent (" + contentType + ") where the document declares none");
            }
            return;
        }
        if (body.isEmpty()) {
            violations.add("no body was sent where the document declares " + iterable(content.fieldNames()));
            return;
        }
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String declaredType = content.has(mediaType) ? mediaType
                : content.has(mediaType.split("/", 2)[0] + "/*") ? mediaType.split("/", 2)[0] + "/*"
                : content.has("*/*") ? "*/*" : null;
        if (declaredType == null) {
            violations.add("Content-Type " + contentType + " is not declared (declared: "
                    + iterable(content.fieldNames()) + ")");
            return;
        }
        if (!content.path(declaredType).has("schema")) {
            return;
        }
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            return;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            violations.add("the body is not JSON: " + e.getMessage());
            return;
        }
        NodePath schemaPointer = responsePointer.append("content").append(declaredType).append("schema");
        for (Error error : schema(schemaPointer).validate(instance)) {
            violations.add("body " + describe(error));
        }
    }

    private void validateHeaders(NodePath responsePointer, JsonNode response, Map<String, String> headers,
            List<String> violations) {
        JsonNode declared = response.path("headers");
        Iterator<String> names = declared.fieldNames();
        while (names.hasNext()) {
            String header = names.next();
            NodePath headerPointer = responsePointer.append("headers").append(header);
            JsonNode definition = resolve(headerPointer);
            headerPointer = pointerOf(headerPointer, definition);
            String value = headerValue(headers, header);
            if (value == null) {
                if (definition.path("required").asBoolean(false)) {
                    violations.add("header " + header + " is required but missing");
                }
                continue;
            }
            if (!definition.has("schema")) {
                continue;
            }
            JsonNode headerSchema = resolve(headerPointer.append("schema"));
            for (Error error : schema(headerPointer.append("schema")).validate(headerInstance(headerSchema, value))) {
                violations.add("header " + header + ": " + value + ": " + describe(error));
            }
        }
    }

    /** A header's text as the JSON value its schema's type names, so that {@code "12"} is the integer 12. */
    private static JsonNode headerInstance(JsonNode schema, String value) {
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText()
                : schema.path("type").asText();
        try {
            switch (type) {
                case "integer":
                case "number":
                    return JSON.readTree(value).isNumber() ? JSON.readTree(value)
                            : JsonNodeFactory.instance.textNode(value);
                case "boolean":
                    return "true".equals(value) || "false".equals(value)
                            ? JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value))
                            : JsonNodeFactory.instance.textNode(value);
                default:
                    return JsonNodeFactory.instance.textNode(value);
            }
        } catch (IOException notJson) {
            return JsonNodeFactory.instance.textNode(value);
        }
    }

    private static String headerValue(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String describe(Error error) {
        String at = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        return (at.isEmpty() ? "$" : at) + ": " + error.getMessage() + " (" + error.getKeyword() + ")";
    }

    private Optional<String> operationPath(String method, String rawPath) {
        if (!METHODS.contains(method.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<String> segments = split(rawPath).stream().map(s -> URLDecoder.decode(s.replace("+", "%2B"),
                StandardCharsets.UTF_8)).toList();
        return paths.stream().filter(p -> p.matches(segments))
                .filter(p -> root.path("paths").path(p.path()).has(method.toLowerCase(Locale.ROOT)))
                .max((a, b) -> Integer.compare(a.literals(), b.literals())).map(PathTemplate::path);
    }

    private static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return List.of(trimmed.split("/", -1));
    }

    /** The schema at a pointer into the document, built once. */
    private Schema schema(NodePath pointer) {
        return schemas.computeIfAbsent(pointer.toString(), p -> document.getSubSchema(pointer));
    }

    /** The node at a pointer, following one {@code $ref} to another place in the document. */
    private JsonNode resolve(NodePath pointer) {
        JsonNode node = at(pointer);
        return node.has("$ref") ? at(refPointer(node.path("$ref").asText())) : node;
    }

    /** Where the node at {@code pointer} really is: its {@code $ref}'s target, or the pointer itself. */
    private NodePath pointerOf(NodePath pointer, JsonNode resolved) {
        JsonNode node = at(pointer);
        return node.has("$ref") && resolved != node ? refPointer(node.path("$ref").asText()) : pointer;
    }

    private static NodePath refPointer(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only references inside the document are understood: " + ref);
        }
        NodePath pointer = new NodePath(PathType.JSON_POINTER);
        for (String token : ref.substring(2).split("/")) {
            pointer = pointer.append(URLDecoder.decode(token, StandardCharsets.UTF_8).replace("~1", "/")
                    .replace("~0", "~"));
        }
        return pointer;
    }

    private JsonNode at(NodePath pointer) {
        JsonNode node = root;
        for (int i = 0; i < pointer.getNameCount(); i++) {
            node = node.path(pointer.getName(i));
        }
        return node;
    }

    private static NodePath pointer(String... tokens) {
        NodePath pointer = new NodePath(PathType.JSON_POINTER);
        for (String token : tokens) {
            pointer = pointer.append(token);
        }
        return pointer;
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
