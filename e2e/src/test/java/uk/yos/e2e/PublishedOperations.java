package uk.yos.e2e;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.yos.testsupport.conventions.ApiDocument;
import uk.yos.testsupport.conventions.ApiOperation;

/**
 * Every operation the four services publish, read from their OpenAPI documents as the gateway serves them
 * ({@code /openapi/<service>.json}), so no list of endpoints is kept by hand: an operation added to a service is here
 * the day it is added. Each is test-support's {@link ApiOperation}, which reads the roles its description names.
 */
final class PublishedOperations {

    /** What OpenAPI names as operations under a path; counted here on the raw document, apart from ApiDocument. */
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    /** One operation and the service whose document publishes it. */
    record Published(String service, ApiOperation operation) {

        @Override
        public String toString() {
            return operation.toString();
        }
    }

    private final List<Published> operations;
    private final Map<String, Integer> documentedPerService;

    private PublishedOperations(List<Published> operations, Map<String, Integer> documentedPerService) {
        this.operations = List.copyOf(operations);
        this.documentedPerService = Map.copyOf(documentedPerService);
    }

    /** The documents of {@link GatewayDocuments#SERVICES}, fetched from the gateway. */
    static PublishedOperations fetch(String gatewayUrl) {
        List<Published> operations = new ArrayList<>();
        Map<String, Integer> documented = new LinkedHashMap<>();
        for (String service : GatewayDocuments.SERVICES) {
            Map<String, Object> root = given().baseUri(gatewayUrl).accept("application/json")
                    .get("/openapi/{service}.json", service)
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            documented.put(service, countOperations(root));
            for (ApiOperation operation : ApiDocument.of(root).operations()) {
                operations.add(new Published(service, operation));
            }
        }
        return new PublishedOperations(operations, documented);
    }

    List<Published> all() {
        return operations;
    }

    /** The operations the documents hold, counted on their {@code paths} member by method. */
    int documentedCount() {
        return documentedPerService.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> documentedPerService() {
        return documentedPerService;
    }

    private static int countOperations(Map<String, Object> root) {
        int count = 0;
        if (root.get("paths") instanceof Map<?, ?> paths) {
            for (Object item : paths.values()) {
                if (item instanceof Map<?, ?> methods) {
                    count += (int) methods.keySet().stream().filter(METHODS::contains).count();
                }
            }
        }
        return count;
    }
}
