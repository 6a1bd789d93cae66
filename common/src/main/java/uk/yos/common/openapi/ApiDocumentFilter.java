package uk.yos.common.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The one filter of every service's document: the standard problem responses, then what the gateway adds (server,
 * rate limits, 429, 503, 504), then local date-times as they are sent, then the bounds of every schema, so that the
 * responses the first steps add are bounded too.
 * <p>
 * It depends on nothing known only at run time, so it runs once, when the document is built. (Named in
 * {@code mp.openapi.filter} it would also run again at every start of a service, over the whole document.)
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    private final List<OASFilter> steps = List.of(new StandardResponsesFilter(), new GatewayContractFilter(),
            new LocalDateTimeFilter(), new SchemaBoundsFilter());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        steps.forEach(step -> step.filterOpenAPI(openAPI));
    }
}
