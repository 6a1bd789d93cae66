package uk.yos.gateway.upstream;

/** No connection to the upstream could be had (refused, unresolvable, or not within the connect timeout). */
public final class UpstreamUnreachable extends RuntimeException {

    UpstreamUnreachable(Throwable cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
