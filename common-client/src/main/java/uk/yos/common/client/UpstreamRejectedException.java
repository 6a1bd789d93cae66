package uk.yos.common.client;

/**
 * Another YOS service refused the request with a 4xx (most often 404: the record does not exist or the caller may
 * not see it). Not a failure of that service, so circuit breakers and retries skip it; the calling service decides
 * what it means for its own caller.
 */
public class UpstreamRejectedException extends RuntimeException {

    private final int status;

    public UpstreamRejectedException(int status) {
        super("Upstream refused the request with status " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
