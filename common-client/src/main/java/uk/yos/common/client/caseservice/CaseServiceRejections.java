package uk.yos.common.client.caseservice;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.yos.web.problem.FieldError;

/**
 * Reads case-service's 4xx problem body into a {@link CaseServiceRejection}, so a caller whose request case-service
 * refused (a prevention worker's decision, say) can be told which detail to correct. Runs before common-client's
 * {@code UpstreamResponses} (which still turns 5xx into 503). Only the problem's {@code detail} and {@code errors[]} are kept, each shortened: case-service
 * writes them for its callers, and this caller holds the same token.
 */
public class CaseServiceRejections implements ResponseExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(CaseServiceRejections.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 16_384;
    private static final int MAX_ERRORS = 10;
    private static final int MAX_TEXT = 300;

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String detail = null;
        List<FieldError> errors = new ArrayList<>();
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            if (body != null && !body.isBlank() && body.length() <= MAX_BODY) {
                JsonNode problem = JSON.readTree(body);
                detail = text(problem.get("detail"));
                JsonNode fieldErrors = problem.get("errors");
                if (fieldErrors != null && fieldErrors.isArray()) {
                    for (JsonNode error : fieldErrors) {
                        String field = text(error.get("field"));
                        String message = text(error.get("message"));
                        if (field != null && message != null && errors.size() < MAX_ERRORS) {
                            errors.add(new FieldError(field, message));
                        }
                    }
                }
            }
        } catch (RuntimeException | java.io.IOException unreadable) {
            LOG.debugf("case-service's %d answer had no readable problem body", status);
        }
        return new CaseServiceRejection(status, detail, errors);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500;
    }

    @Override
    public int getPriority() {
        return Priorities.USER - 100;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        String text = node.asText().strip().replaceAll("\\p{Cntrl}", " ");
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
