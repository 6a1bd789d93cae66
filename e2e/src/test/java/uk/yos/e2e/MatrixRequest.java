package uk.yos.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.yos.testsupport.conventions.ApiOperation;

/**
 * The request the role matrix sends for one operation, the same for every caller: each path parameter filled with
 * the matrix's own record ({@link MatrixRecords}); a list that can be narrowed to the matrix's case asked about it
 * ({@code caseId}); and for a change, a body of {@code {}} with an {@code If-Match} that can never be current, so a
 * caller past the role check is refused by validation (400), the record's version (412) or its scope (404) and
 * nothing is written, whoever calls.
 */
record MatrixRequest(String method, String path, Map<String, String> query, boolean change, ApiOperation operation,
        List<MatrixRecords.Seeded> addressed) {

    /** No record's version is ever this: the matrix's changes are refused before they change anything. */
    static final String NEVER_CURRENT_ETAG = "\"999999999\"";

    private static final int ATTEMPTS = 5;

    /** The request for {@code operation}; fails naming a parameter the matrix has no value for. */
    static MatrixRequest of(ApiOperation operation, MatrixRecords records) {
        String path = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        List<MatrixRecords.Seeded> addressed = new ArrayList<>();
        for (Map<String, Object> parameter : operation.parameters()) {
            String name = (String) parameter.get("name");
            String in = (String) parameter.get("in");
            boolean required = Boolean.TRUE.equals(parameter.get("required"));
            boolean narrowsToTheCase = name.equals("caseId");
            if ("path".equals(in) || "query".equals(in) && (required || narrowsToTheCase)) {
                String value = records.value(operation.path(), name).orElseThrow(() -> new IllegalStateException(
                        operation + ": the role matrix has no record or value for its " + in + " parameter " + name
                                + "; make one in MatrixFixture"));
                records.record(operation.path(), name).ifPresent(addressed::add);
                if ("path".equals(in)) {
                    path = path.replace("{" + name + "}", value);
                } else {
                    query.put(name, value);
                }
            }
        }
        return new MatrixRequest(operation.method(), path, Map.copyOf(query), !operation.method().equals("GET"),
                operation, List.copyOf(addressed));
    }

    /** The path and query as sent, to tell what the caller named from what the answer discloses. */
    String target() {
        return query.isEmpty() ? path : path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /**
     * Sends it as {@code caller}. A 429 is the gateway's rate limit, not an answer about roles: the request waits the
     * {@code Retry-After} it names and goes again (the matrix sends many requests without a token, which are limited
     * per address).
     */
    Sent send(Persona caller) {
        int waits = 0;
        while (true) {
            Response response = build(caller).request(method, path);
            if (response.statusCode() != 429 || waits == ATTEMPTS) {
                return new Sent(response, waits);
            }
            waits++;
            pause(response.header("Retry-After"));
        }
    }

    /** An answer and how often the rate limit made it wait. */
    record Sent(Response response, int rateLimitWaits) {
    }

    private RequestSpecification build(Persona caller) {
        RequestSpecification request = Api.as(caller);
        if (operation.hasHeader("If-Match")) {
            request.header("If-Match", NEVER_CURRENT_ETAG);
        }
        if (operation.hasHeader("Idempotency-Key")) {
            request.header("Idempotency-Key", Api.idempotencyKey());
        }
        query.forEach(request::queryParam);
        if (operation.hasRequestBody()) {
            request.body("{}");
        }
        return request;
    }

    private static void pause(String retryAfter) {
        long seconds = 1;
        try {
            seconds = Math.max(1, Math.min(60, Long.parseLong(String.valueOf(retryAfter).trim())));
        } catch (NumberFormatException e) {
            // no usable Retry-After: a second
        }
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for the rate limit", e);
        }
    }
}
