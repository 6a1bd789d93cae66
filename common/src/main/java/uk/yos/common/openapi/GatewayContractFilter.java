package uk.yos.common.openapi;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;

import uk.yos.web.problem.ProblemType;

/**
 * Documents what the gateway, the one public entry point, adds to every {@code /api/v1/**} exchange: it is the
 * server, it sets the rate-limit headers on every response, answers 429 when a caller is over its limit, and
 * answers 503 or 504 itself when the service is down, its circuit is open or it is too slow.
 */
public class GatewayContractFilter implements OASFilter {

    /**
     * A placeholder under the reserved {@code .example} domain (RFC 2606): each environment's gateway replaces
     * {@code servers} with its own public URL when it serves this document.
     */
    static final String SERVER_URL = "https://api.yos.example";
    static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset");
    private static final String API_PATHS = "/api/v1/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(gatewayServer()));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addHeader("RateLimit-Limit",
                integerHeader("requests the caller may make in the current window"));
        openAPI.getComponents().addHeader("RateLimit-Remaining",
                integerHeader("requests the caller has left in the current window"));
        openAPI.getComponents().addHeader("RateLimit-Reset",
                integerHeader("seconds until the current window ends and the limit resets"));
        openAPI.getComponents().addHeader("Retry-After", integerHeader("seconds to wait before trying again"));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API_PATHS)) {
                item.getOperations().values().forEach(GatewayContractFilter::addGatewayResponses);
            }
        });
    }

    private static Server gatewayServer() {
        return OASFactory.createServer().url(SERVER_URL)
                .description("The YOS API gateway (production), the one public entry point. The host is a "
                        + "placeholder: the gateway names itself here when it serves this document.")
                .addExtension("x-internal", false);
    }

    private static void addGatewayResponses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", StandardResponsesFilter.problemResponse(ProblemType.TOO_MANY_REQUESTS,
                    "Too many requests from this caller; retry after Retry-After seconds (set by the gateway)")
                    .addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After")));
        }
        String down = "the service is down or its circuit breaker is open";
        APIResponse unavailable = responses.getAPIResponse("503");
        if (unavailable == null) {
            // A service sets it too for an audited read whose audit row it could not commit (ReadAuditResponseFilter).
            responses.addAPIResponse("503", StandardResponsesFilter.problemResponse(ProblemType.SERVICE_UNAVAILABLE,
                    "The service is down or its circuit breaker is open (set by the gateway); or, for an audited "
                            + "read or search, the service could not record it in its audit trail"));
        } else {
            unavailable.setDescription(unavailable.getDescription() + "; or, set by the gateway, " + down);
        }
        if (!responses.hasAPIResponse("504")) {
            responses.addAPIResponse("504", StandardResponsesFilter.problemResponse(ProblemType.GATEWAY_TIMEOUT,
                    "The service did not answer in time (set by the gateway)"));
        }
        responses.getAPIResponses().values().forEach(response -> RATE_LIMIT_HEADERS.forEach(name -> {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                response.addHeader(name, OASFactory.createHeader().ref(name));
            }
        }));
    }

    private static Header integerHeader(String description) {
        return OASFactory.createHeader().description("Set by the gateway: " + description)
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Integer.MAX_VALUE)));
    }
}
