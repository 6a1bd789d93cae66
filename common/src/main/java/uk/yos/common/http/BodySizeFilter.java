package uk.yos.common.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import uk.yos.common.problem.ProblemResponses;
import uk.yos.web.problem.Problem;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.requestid.RequestIds;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a problem response before
 * reading it. (Vert.x enforces the same limit on chunked bodies, but answers those with a bare 413.)
 */
@ApplicationScoped
public class BodySizeFilter {

    // After the request-id filter, so the problem carries the id.
    private static final int PRIORITY = 900;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String declared = context.request().getHeader("Content-Length");
            if (declared != null && isLarger(declared)) {
                Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(),
                        ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                        "The request body is larger than this API accepts (" + maxBodySize.asLongValue() + " bytes)",
                        context.request().path(), context.get(RequestIds.CONTEXT_KEY), List.of());
                context.response().setStatusCode(413).putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(toJson(problem));
                return;
            }
            context.next();
        }, PRIORITY);
    }

    private boolean isLarger(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException malformed) {
            return false;
        }
    }

    private String toJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problems are always serialisable", e);
        }
    }
}
