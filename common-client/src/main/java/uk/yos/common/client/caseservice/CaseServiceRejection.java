package uk.yos.common.client.caseservice;

import java.util.List;

import uk.yos.common.client.UpstreamRejectedException;
import uk.yos.web.problem.FieldError;

/**
 * case-service refused a request (4xx), with what its problem body said was wrong. Still an
 * {@link UpstreamRejectedException}, so circuit breakers skip it: a refusal is not a failure of case-service.
 */
public class CaseServiceRejection extends UpstreamRejectedException {

    private final String detail;
    private final List<FieldError> errors;

    public CaseServiceRejection(int status, String detail, List<FieldError> errors) {
        super(status);
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** case-service's own explanation, or null. */
    public String detail() {
        return detail;
    }

    /** The fields case-service named, as case-service names them. */
    public List<FieldError> errors() {
        return errors;
    }
}
