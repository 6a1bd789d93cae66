package uk.yos.common.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.ProblemType;

/**
 * Another YOS service answered with a server error. Counted by circuit breakers; if nothing handles it, the
 * caller gets 503 problem+json (never the other service's body, which may carry internals).
 */
public class UpstreamUnavailableException extends ProblemException {

    private final int upstreamStatus;

    public UpstreamUnavailableException(int upstreamStatus) {
        super(ProblemType.SERVICE_UNAVAILABLE, "A service this request depends on is unavailable; try again later",
                List.of(), Map.of(HttpHeaders.RETRY_AFTER, "5"));
        this.upstreamStatus = upstreamStatus;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }
}
