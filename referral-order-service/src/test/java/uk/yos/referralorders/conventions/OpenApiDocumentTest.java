package uk.yos.referralorders.conventions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What partner agencies generate clients from: every operation documented the same complete way. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsCompletelyDocumented() {
        JsonPath document = served();
        assertEquals("http", document.getString("components.securitySchemes.bearerAuth.type"));
        assertEquals("bearer", document.getString("components.securitySchemes.bearerAuth.scheme"));
        assertTrue(document.getString("components.securitySchemes.bearerAuth.description").contains("RFC8725"));
        assertEquals(List.of("https://api.yos.example"), document.getList("servers.url"), "the gateway, only");

        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> problems = new ArrayList<>();
        List<String> operationIds = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            operationIds.add((String) operation.get("operationId"));
            if (operation.get("operationId") == null) {
                problems.add(name + ": no operationId");
            }
            if (operation.get("summary") == null) {
                problems.add(name + ": no summary");
            }
            List<String> tags = (List<String>) operation.get("tags");
            if (tags == null || tags.isEmpty()) {
                problems.add(name + ": no tag");
            }
            String description = (String) operation.get("description");
            if (description == null || !description.startsWith("Roles: ")) {
                problems.add(name + ": description does not start with its roles");
            }
            if (operation.get("security") == null) {
                problems.add(name + ": no security requirement");
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            // 429, 503 and 504 and the rate-limit headers are the gateway's (common's ApiDocumentFilter).
            for (String status : List.of("401", "403", "429", "500", "503", "504")) {
                if (!responses.containsKey(status)) {
                    problems.add(name + ": no " + status + " response");
                }
            }
            responses.forEach((status, response) -> {
                Map<String, Object> headers = (Map<String, Object>) ((Map<String, Object>) response).get("headers");
                if (headers == null || !headers.keySet().containsAll(RATE_LIMIT_HEADERS)) {
                    problems.add(name + ": " + status + " does not document the rate-limit headers");
                }
            });
            if (path.contains("{") && !responses.containsKey("404")) {
                problems.add(name + ": no 404 response");
            }
            // Whatever asks case-service says what happens when it cannot answer.
            boolean asksCaseService = path.startsWith("/api/v1/referral-orders") && (method.equals("get")
                    || (method.equals("post") && path.equals("/api/v1/referral-orders")))
                    || path.startsWith("/api/v1/panels") && method.equals("get");
            if (asksCaseService && !String.valueOf(((Map<String, Object>) responses.get("503")).get("description"))
                    .contains("case-service")) {
                problems.add(name + ": no 503 response");
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(operationIds.size(), operationIds.stream().distinct().count(), "operationIds are unique");
        assertEquals(List.of("/api/v1/panels", "/api/v1/panels/{id}", "/api/v1/panels/{id}/cancellation",
                "/api/v1/panels/{id}/debrief", "/api/v1/panels/{id}/outcome", "/api/v1/referral-orders",
                "/api/v1/referral-orders/{id}", "/api/v1/referral-orders/{id}/contract",
                "/api/v1/referral-orders/{id}/extensions", "/api/v1/referral-orders/{id}/missed-appointments",
                "/api/v1/referral-orders/{id}/revocation-requests",
                "/api/v1/referral-orders/{id}/revocation-requests/{requestId}/decision", "/api/v1/volunteers",
                "/api/v1/volunteers/{id}", "/api/v1/volunteers/{id}/conflicts",
                "/api/v1/volunteers/{id}/conflicts/{conflictId}", "/api/v1/volunteers/{id}/dbs-check",
                "/api/v1/volunteers/{id}/status-changes", "/api/v1/volunteers/{id}/training-records"),
                new ArrayList<>(new TreeSet<>(paths.keySet())));
    }

    @Test
    void theDocumentIsAlsoWrittenToTheBuildDirectory() throws IOException {
        Path stored = Path.of("target", "openapi", "openapi.json");
        assertTrue(Files.isRegularFile(stored), "missing " + stored.toAbsolutePath());
        JsonPath written = new JsonPath(Files.readString(stored));
        assertEquals(served().getMap("paths").keySet(), written.getMap("paths").keySet());
        assertFalse(written.getMap("paths").isEmpty());
    }

    private static JsonPath served() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }
}
