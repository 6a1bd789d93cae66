package uk.yos.e2e;

import java.net.URI;
import java.util.List;
import uk.yos.testsupport.openapi.OpenApiDocument;
import uk.yos.testsupport.openapi.ResponseValidation;

/**
 * Validates every response the e2e tests receive through the gateway against the OpenAPI document of the service
 * whose route it took, as the gateway serves it ({@code /openapi/<service>.json}, read once): each route prefix
 * belongs to one service, so the document with an operation for the request's method and path is that service's.
 * Responses to the gateway's own paths ({@code /q/health}, the documents themselves, the Swagger UI) and to routes
 * no document has are counted as not validated; so are requests that are not to the gateway at all.
 */
final class GatewayDocuments {

    static final List<String> SERVICES = List.of("case-service", "referral-order-service", "victim-service",
            "prevention-service");

    private static List<OpenApiDocument> documents;

    private GatewayDocuments() {
    }

    private static volatile URI gateway;

    /** Registers the validation for every REST Assured request of this JVM (once). */
    static synchronized void install(String gatewayUrl) {
        gateway = URI.create(gatewayUrl);
        if (!ResponseValidation.installed()) {
            ResponseValidation.install(new ResponseValidation(GatewayDocuments::documentsFor));
        }
    }

    /** The services' documents for a request to the gateway; none for a request to anything else. */
    static List<OpenApiDocument> documentsFor(URI request) {
        URI to = gateway;
        return to != null && sameOrigin(request, to) ? documents(to) : List.of();
    }

    private static synchronized List<OpenApiDocument> documents(URI gateway) {
        if (documents == null) {
            documents = SERVICES.stream().map(service -> OpenApiDocument.fetch(service,
                    gateway.resolve("/openapi/" + service + ".json"))).toList();
        }
        return documents;
    }

    private static boolean sameOrigin(URI request, URI gateway) {
        return request.getPort() == gateway.getPort() && request.getHost() != null
                && (request.getHost().equals(gateway.getHost())
                        || request.getHost().equals("localhost") && gateway.getHost().equals("127.0.0.1"));
    }
}
