package uk.yos.testsupport.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    /** The shapes SmallRye writes in 3.1: $ref with siblings, examples arrays, component headers, problem bodies. */
    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "components": {
               "schemas": {
                 "LocalDate": {"type": "string", "format": "date", "maxLength": 10},
                 "Case": {"type": "object", "required": ["id"], "properties": {
                   "id": {"type": "string", "format": "uuid"},
                   "closedOn": {"description": "Empty while open", "examples": ["2026-01-02"],
                                "$ref": "#/components/schemas/LocalDate"},
                   "open": {"type": "boolean"},
                   "gravity": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 5}}},
                 "Problem": {"type": "object", "required": ["status"], "properties": {
                   "status": {"type": "integer"}}}},
               "headers": {
                 "RateLimit-Limit": {"schema": {"type": "integer", "minimum": 0}}}},
             "paths": {
               "/api/v1/cases/{id}": {"get": {"responses": {
                 "200": {"description": "the case", "headers": {
                           "RateLimit-Limit": {"$ref": "#/components/headers/RateLimit-Limit"},
                           "ETag": {"required": true, "schema": {"type": "string"}}},
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}}},
                 "4XX": {"description": "a problem",
                         "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/api/v1/cases/summary": {"get": {"responses": {
                 "200": {"description": "a summary",
                         "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}},
               "/api/v1/cases/{id}/closure": {"post": {"responses": {"204": {"description": "closed"}}}}}}
            """;
    private static final String ID = "2b0c3c8e-6a5e-4f7b-9c1d-2e3f4a5b6c7d";

    private final OpenApiDocument document = OpenApiDocument.parse("test", DOCUMENT);

    private OpenApiDocument.Outcome get(String path, int status, Map<String, String> headers, String type, String body) {
        return document.validate("GET", path, status, headers, type, body);
    }

    @Test
    void aConformingResponsePasses() {
        var outcome = get("/api/v1/cases/" + ID, 200, Map.of("etag", "\"1\"", "RateLimit-Limit", "600"),
                "application/json;charset=UTF-8", "{\"id\": \"" + ID + "\", \"closedOn\": \"2026-01-02\", \"gravity\": 3}");
        assertTrue(outcome.validated());
        assertEquals("GET /api/v1/cases/{id}", outcome.operation());
        assertTrue(outcome.conforms(), outcome.violations()::toString);
    }

    @Test
    void nullWhereTheDocumentSaysStringBooleanOrIntegerIsAViolation() {
        var outcome = get("/api/v1/cases/" + ID, 200, Map.of("ETag", "\"1\""), "application/json",
                "{\"id\": \"" + ID + "\", \"closedOn\": null, \"open\": null, \"gravity\": null}");
        assertEquals(3 + 1, outcome.violations().size(), outcome.violations()::toString); // three, and the body
        assertTrue(outcome.violations().get(0).contains("closedOn"), outcome.violations()::toString);
    }

    @Test
    void formatsRangesRequiredPropertiesAndHeadersAreChecked() {
        var outcome = get("/api/v1/cases/" + ID, 200, Map.of("RateLimit-Limit", "-1"), "application/json",
                "{\"closedOn\": \"2 January\", \"gravity\": 9}");
        String violations = outcome.violations().toString();
        assertTrue(violations.contains("ETag is required"), violations);
        assertTrue(violations.contains("RateLimit-Limit"), violations);
        assertTrue(violations.contains("id"), violations);
        assertTrue(violations.contains("closedOn"), violations);
        assertTrue(violations.contains("gravity"), violations);
    }

    @Test
    void aLiteralSegmentWinsOverATemplate() {
        var outcome = get("/api/v1/cases/summary", 200, Map.of(), "application/json", "[\"a\"]");
        assertEquals("GET /api/v1/cases/summary", outcome.operation());
        assertTrue(outcome.conforms(), outcome.violations()::toString);
    }

    @Test
    void aStatusRangeAndTheMediaTypeAreMatched() {
        assertTrue(get("/api/v1/cases/" + ID, 404, Map.of(), "application/problem+json", "{\"status\": 404}")
                .conforms());
        var wrongType = get("/api/v1/cases/" + ID, 404, Map.of(), "application/json", "{\"status\": 404}");
        assertFalse(wrongType.conforms());
        assertTrue(wrongType.violations().get(0).contains("application/json is not declared"));
    }

    @Test
    void anUndocumentedStatusOrBodyIsAViolation() {
        var undocumented = document.validate("POST", "/api/v1/cases/" + ID + "/closure", 200, Map.of(),
                "application/json", "{}");
        assertTrue(undocumented.violations().get(0).contains("status 200 is not a documented response"));
        var unexpectedBody = document.validate("POST", "/api/v1/cases/" + ID + "/closure", 204, Map.of(),
                "application/json", "{}");
        assertTrue(unexpectedBody.violations().get(0).contains("where the document declares none"));
        assertTrue(document.validate("POST", "/api/v1/cases/" + ID + "/closure", 204, Map.of(), null, "")
                .conforms());
    }

    @Test
    void aPathOrMethodOutsideTheDocumentIsNotValidated() {
        assertFalse(get("/q/health/ready", 200, Map.of(), "application/json", "{}").validated());
        assertFalse(document.validate("DELETE", "/api/v1/cases/" + ID, 405, Map.of(), null, "").validated());
    }

    @Test
    void onlyOpenApi31DocumentsAreAccepted() {
        assertThrows(IllegalArgumentException.class,
                () -> OpenApiDocument.parse("old", "{\"openapi\": \"3.0.3\", \"paths\": {}}"));
    }
}
