package uk.yos.testsupport.conventions;

import static uk.yos.testsupport.conventions.ApiDocument.asList;
import static uk.yos.testsupport.conventions.ApiDocument.asMap;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.yos.testsupport.Persona;

/** One operation of an {@link ApiDocument}: a method on a path, with what its document says about it. */
public final class ApiOperation {

    static final String ROLES_PREFIX = "Roles: ";

    private final ApiDocument document;
    private final String method;
    private final String path;
    private final Map<String, Object> operation;

    ApiOperation(ApiDocument document, String method, String path, Map<String, Object> operation) {
        this.document = document;
        this.method = method;
        this.path = path;
        this.operation = operation;
    }

    /** Upper case, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The path template, e.g. {@code /api/v1/cases/{id}}. */
    public String path() {
        return path;
    }

    public String operationId() {
        return (String) operation.get("operationId");
    }

    public Object get(String name) {
        return operation.get(name);
    }

    public String description() {
        return (String) operation.get("description");
    }

    public Map<String, Object> responses() {
        return asMap(operation.get("responses"));
    }

    public Map<String, Object> response(String status) {
        return asMap(responses().get(status));
    }

    public boolean hasRequestBody() {
        return operation.get("requestBody") != null;
    }

    /** The operation's parameters, references resolved. */
    public List<Map<String, Object>> parameters() {
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Object parameter : asList(operation.get("parameters"))) {
            parameters.add(document.resolve(parameter));
        }
        return parameters;
    }

    public boolean hasHeader(String name) {
        return parameters().stream().anyMatch(p -> "header".equals(p.get("in")) && name.equalsIgnoreCase(
                (String) p.get("name")));
    }

    /**
     * The realm roles the description's opening clause names ({@code Roles: a, b (scope), c. More text}), in the
     * order written. Only the clause up to the first full stop counts, and words in brackets are not roles.
     */
    public List<String> describedRoles() {
        String description = description();
        if (description == null || !description.startsWith(ROLES_PREFIX)) {
            return List.of();
        }
        StringBuilder clause = new StringBuilder();
        int depth = 0;
        for (int i = ROLES_PREFIX.length(); i < description.length(); i++) {
            char c = description.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                if (c == '.' && (i + 1 == description.length() || Character.isWhitespace(description.charAt(i + 1)))) {
                    break;
                }
                clause.append(c);
            }
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String word : clause.toString().split("[^a-z-]+")) {
            if (KnownRoles.ALL.contains(word)) {
                roles.add(word);
            }
        }
        return List.copyOf(roles);
    }

    /** The roles the bearer requirement lists, which SmallRye OpenAPI takes from {@code @RolesAllowed}. */
    public List<String> securityRoles() {
        List<String> roles = new ArrayList<>();
        for (Object requirement : asList(operation.get("security"))) {
            for (Object scopes : asMap(requirement).values()) {
                for (Object role : asList(scopes)) {
                    roles.add((String) role);
                }
            }
        }
        return roles;
    }

    /** Personas holding at least one of the roles the description names. */
    public Set<Persona> allowedPersonas() {
        List<String> roles = describedRoles();
        Set<Persona> allowed = EnumSet.noneOf(Persona.class);
        for (Persona persona : Persona.values()) {
            if (persona.roles().stream().anyMatch(roles::contains)) {
                allowed.add(persona);
            }
        }
        return allowed;
    }

    /** True when a path parameter is a record id, so a made-up value addresses no record. */
    public boolean addressesARecord() {
        return parameters().stream().anyMatch(p -> "path".equals(p.get("in"))
                && "uuid".equals(SampleValues.flatten(document, p.get("schema")).get("format")));
    }

    /** The path with every parameter filled from its schema; record ids get {@code madeUpId}. */
    public String samplePath(String madeUpId) {
        String filled = path;
        for (Map<String, Object> parameter : parameters()) {
            if ("path".equals(parameter.get("in"))) {
                filled = filled.replace("{" + parameter.get("name") + "}",
                        SampleValues.of(document, parameter, madeUpId));
            }
        }
        return filled;
    }

    /** The query parameters the operation requires, filled from their schemas. */
    public Map<String, String> requiredQuery(String madeUpId) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Map<String, Object> parameter : parameters()) {
            if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                query.put((String) parameter.get("name"), SampleValues.of(document, parameter, madeUpId));
            }
        }
        return query;
    }

    /** How the operation is named in test names and messages: {@code GET /api/v1/cases/{id} (getCase)}. */
    @Override
    public String toString() {
        return method + " " + path + (operationId() != null ? " (" + operationId() + ")" : "");
    }
}
