package uk.yos.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem responses every operation can give, from the conventions they all follow (auth on
 * every route, 404 on paths with an id, If-Match and Idempotency-Key where declared), so that generated
 * clients know them without each resource repeating them. An operation's own declaration always wins.
 */
public class StandardResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
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
            add(operation, "400", "Invalid input; `errors` lists each invalid field", "validation");
        }
        add(operation, "401", "No valid bearer token for audience yos-api", "unauthenticated");
        add(operation, "403", "The caller's role does not allow this operation", "forbidden");
        if (path.contains("{")) {
            add(operation, "404", "No such record, or one the caller may not see", "not-found");
        }
        if (hasBody) {
            add(operation, "415", "The body is not application/json", "unsupported-media-type");
        }
        if (hasHeader(operation, "If-Match")) {
            add(operation, "412", "If-Match does not name the record's current ETag", "precondition-failed");
            add(operation, "428", "If-Match is missing", "precondition-required");
        }
        if (hasHeader(operation, "Idempotency-Key")) {
            add(operation, "422", "The Idempotency-Key was used before with a different body", "unprocessable");
        }
        add(operation, "500", "Unexpected failure; quote the requestId", "internal");
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> name.equalsIgnoreCase(p.getName()));
    }

    private static void add(Operation operation, String status, String description, String type) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(Map.of("type", "urn:yos:problem:" + type, "title", description,
                        "status", Integer.parseInt(status), "detail", description,
                        "instance", "/api/v1/...", "requestId", "4b1e6c2a-9d3f-4e0b-8a8e-0f6a5d2c7b11"));
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json", problem));
        operation.getResponses().addAPIResponse(status, response);
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(500));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .maxLength(200))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2000))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2000))
                .addProperty("requestId", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(64))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(200)
                        .items(fieldError))
                .required(java.util.List.of("type", "title", "status"));
    }

}
