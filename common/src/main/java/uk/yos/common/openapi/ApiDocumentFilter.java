package uk.yos.common.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The one filter every service names in {@code mp.openapi.filter}: the standard problem responses, then what the
 * gateway adds (server, rate limits, 429, 503, 504), then local date-times as they are sent, then the bounds of
 * every schema, so that the responses the first steps add are bounded too.
 */
public class ApiDocumentFilter implements OASFilter {

    private final List<OASFilter> steps = List.of(new StandardResponsesFilter(), new GatewayContractFilter(),
            new LocalDateTimeFilter(), new SchemaBoundsFilter());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        steps.forEach(step -> step.filterOpenAPI(openAPI));
    }
}
