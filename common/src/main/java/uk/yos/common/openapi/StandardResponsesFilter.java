package uk.yos.common.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import uk.yos.web.problem.ProblemType;

/**
 * Documents the problem responses every operation can give, from the conventions they all follow (auth on
 * every route, 404 on paths with an id, 413 and 415 where there is a body, If-Match and Idempotency-Key where
 * declared), so that generated clients know them without each resource repeating them. An operation's own
 * description always wins; an error response declared without a body gets the problem body every error has.
 */
public class StandardResponsesFilter implements OASFilter {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** What SmallRye writes for the 400, 401 and 403 it adds by itself: ours say more. */
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> addStandardResponses(path, operation)));
    }

    private void addStandardResponses(String path, Operation operation) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            add(operation, ProblemType.VALIDATION, "Invalid input; `errors` lists each invalid field");
        }
        add(operation, ProblemType.UNAUTHENTICATED, "No valid bearer token for audience yos-api");
        add(operation, ProblemType.FORBIDDEN, "The caller's role does not allow this operation");
        if (path.contains("{")) {
            add(operation, ProblemType.NOT_FOUND, "No such record, or one the caller may not see");
        }
        if (hasBody) {
            add(operation, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is not application/json");
            add(operation, ProblemType.PAYLOAD_TOO_LARGE,
                    "The body is larger than the service accepts (quarkus.http.limits.max-body-size)");
        }
        if (hasHeader(operation, "If-Match")) {
            add(operation, ProblemType.PRECONDITION_FAILED, "If-Match does not name the record's current ETag");
            add(operation, ProblemType.PRECONDITION_REQUIRED, "If-Match is missing");
        }
        if (hasHeader(operation, "Idempotency-Key")) {
            add(operation, ProblemType.UNPROCESSABLE, "The Idempotency-Key was used before with a different body");
        }
        add(operation, ProblemType.INTERNAL, "Unexpected failure; quote the requestId");
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getContent() == null) {
                int code = Integer.parseInt(status);
                response.setContent(problemContent(ProblemType.forStatus(code), code, response.getDescription()));
            }
        });
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> name.equalsIgnoreCase(p.getName()));
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.startsWith("4") || status.startsWith("5"))
                && status.chars().allMatch(Character::isDigit);
    }

    private static void add(Operation operation, ProblemType type, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        String status = Integer.toString(type.status());
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing == null) {
            operation.getResponses().addAPIResponse(status, problemResponse(type, description));
        } else if (GENERATED_DESCRIPTIONS.contains(existing.getDescription())) {
            existing.setDescription(description);
        }
    }

    /** A response with the problem body, its example of the given type. */
    static APIResponse problemResponse(ProblemType type, String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(problemContent(type, type.status(), description));
    }

    static Content problemContent(ProblemType type, int status, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", status);
        example.put("detail", detail == null ? type.title() : detail);
        example.put("instance", "/api/v1/...");
        example.put("requestId", "4b1e6c2a-9d3f-4e0b-8a8e-0f6a5d2c7b11");
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF)).example(example);
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE, problem);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string(200).format("uri"))
                .addProperty("title", string(200))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string(2000))
                .addProperty("instance", string(2000))
                .addProperty("requestId", string(64))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(200)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One invalid input: the JSON property, query parameter or header at fault, and why")
                .addProperty("field", string(200))
                .addProperty("message", string(500))
                .required(List.of("field", "message"));
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength);
    }
}
