package uk.yos.gateway.upstream;

import java.util.concurrent.TimeoutException;

import uk.yos.web.problem.ProblemType;

/** How a failed call to an upstream is told to the caller: which problem, and words that name only the service. */
public final class UpstreamFailures {

    private UpstreamFailures() {
    }

    /**
     * An upstream that went quiet once connected is too slow (504); one that cannot be reached, or whose circuit is
     * open, is not available (503).
     */
    public static ProblemType problemType(Throwable failure) {
        return failure instanceof TimeoutException ? ProblemType.GATEWAY_TIMEOUT : ProblemType.SERVICE_UNAVAILABLE;
    }

    public static String detail(ProblemType type, String service) {
        return type == ProblemType.GATEWAY_TIMEOUT
                ? service + " did not answer in time; try again shortly"
                : service + " is not available; try again shortly";
    }
}
