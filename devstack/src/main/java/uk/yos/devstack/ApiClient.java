package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON calls to a YOS service with a bearer token; a refusal becomes an {@link ApiException} with the problem detail. */
public final class ApiClient {

    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An answer: status, JSON body (null when empty) and the {@code ETag} a change needs (null when absent). */
    public record Response(int status, JsonNode body, String etag) {
    }

    public Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), token);
    }

    public Response post(String path, String token, JsonNode body, String idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder, token);
    }

    /** A change to a versioned record ({@code PUT} or {@code POST}) with {@code If-Match}. */
    public Response change(String method, String path, String token, JsonNode body, String ifMatch) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder, token);
    }

    private Response send(HttpRequest.Builder builder, String token) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .build();
        HttpResponse<String> response = Http.send(request);
        JsonNode body = null;
        String text = response.body();
        if (text != null && !text.isBlank()) {
            try {
                body = Json.MAPPER.readTree(text);
            } catch (java.io.IOException e) {
                body = Json.MAPPER.getNodeFactory().textNode(Json.abbreviate(text, 500));
            }
        }
        return new Response(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null));
    }

    /** Requires a 2xx answer, else throws with the problem details (title, detail, each field error). */
    public static JsonNode require2xx(Response response, String what) {
        if (response.status() / 100 == 2) {
            return response.body();
        }
        throw new ApiException(what, response);
    }

    /** An API refusal, described from its {@code application/problem+json} body (RFC 9457). */
    public static final class ApiException extends DevStackException {

        private final Response response;

        ApiException(String what, Response response) {
            super(what + " was refused: " + describe(response));
            this.response = response;
        }

        public Response response() {
            return response;
        }

        static String describe(Response r) {
            StringBuilder sb = new StringBuilder("HTTP ").append(r.status());
            JsonNode b = r.body();
            if (b == null) {
                return sb.append(" (no body)").toString();
            }
            if (!b.isObject()) {
                return sb.append(": ").append(b.asText()).toString();
            }
            if (b.hasNonNull("title")) {
                sb.append(" ").append(b.get("title").asText());
            }
            if (b.hasNonNull("detail")) {
                sb.append(": ").append(b.get("detail").asText());
            }
            for (JsonNode error : b.path("errors")) {
                sb.append(System.lineSeparator()).append("  - ").append(error.path("field").asText("?"))
                        .append(": ").append(error.path("message").asText());
            }
            if (b.hasNonNull("requestId")) {
                sb.append(System.lineSeparator()).append("  (requestId ").append(b.get("requestId").asText()).append(")");
            }
            return sb.toString();
        }
    }
}
