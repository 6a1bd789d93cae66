package uk.yos.testsupport.openapi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A REST Assured filter that validates every response a test receives against the OpenAPI document of the service
 * that answered it ({@link OpenApiDocument}); a violation fails the test with an {@link AssertionError} naming the
 * operation, the status and what does not conform. Requests are not validated: negative tests send invalid ones on
 * purpose. A response to a path that is no operation of any document (a health check, the document itself, a
 * route that does not exist) is counted as not validated, with the reason, and never fails a test.
 * <p>
 * {@link #install} registers it for every request of the test JVM ({@code RestAssured.filters}); the counts are
 * kept for the whole JVM and printed once by {@link ValidationSummary}.
 */
public final class ResponseValidation implements Filter {

    private final Function<URI, List<OpenApiDocument>> documents;

    /**
     * @param documents the documents that may describe a request to this URI (the first with an operation for its
     *        method and path is used); empty when the request is to something that has none
     */
    public ResponseValidation(Function<URI, List<OpenApiDocument>> documents) {
        this.documents = documents;
    }

    /** Registers {@code validation} for every REST Assured request of this JVM, replacing an earlier one. */
    public static synchronized void install(ResponseValidation validation) {
        List<Filter> others = RestAssured.filters().stream().filter(f -> !(f instanceof ResponseValidation))
                .toList();
        RestAssured.replaceFiltersWith(others);
        RestAssured.filters(validation);
    }

    /** Whether a {@link ResponseValidation} is registered for this JVM's REST Assured requests. */
    public static boolean installed() {
        return RestAssured.filters().stream().anyMatch(f -> f instanceof ResponseValidation);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        URI uri = URI.create(request.getURI());
        check(documents.apply(uri), request.getMethod(), uri, response.statusCode(), headers,
                response.getContentType(), response.asString());
        return response;
    }

    /**
     * Validates one response, however it was received, against the first of {@code documents} with an operation
     * for its method and path, and counts it.
     *
     * @throws AssertionError naming each violation when the response breaks the document
     */
    public static void check(List<OpenApiDocument> documents, String method, URI uri, int status,
            Map<String, String> headers, String contentType, String body) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        Optional<OpenApiDocument> document = documents.stream().filter(d -> d.hasOperation(method, path))
                .findFirst();
        if (document.isEmpty()) {
            ValidationTally.notValidated(method.toUpperCase(Locale.ROOT) + " " + shape(path));
            return;
        }
        OpenApiDocument.Outcome outcome = document.get().validate(method, path, status, headers, contentType,
                body == null ? "" : body);
        ValidationTally.validated(outcome.conforms());
        if (!outcome.conforms()) {
            throw new AssertionError("The response to " + method + " " + uri + " (" + status + ") breaks "
                    + document.get().name() + "'s OpenAPI document, operation " + outcome.operation() + ":\n  - "
                    + String.join("\n  - ", outcome.violations()));
        }
    }

    /** A path with its ids left out, so that responses not validated group by route. */
    private static String shape(String path) {
        return List.of(path.split("/", -1)).stream()
                .map(segment -> segment.matches("[0-9]+|[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}") ? "*"
                        : segment)
                .collect(Collectors.joining("/"));
    }
}
