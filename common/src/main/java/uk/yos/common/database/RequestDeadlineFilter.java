package uk.yos.common.database;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Fixes each request's database deadline as the request reaches the REST layer, before it is matched to a resource
 * and before a blocking resource moves to a worker thread, so the time spent queuing for that thread counts too.
 */
public class RequestDeadlineFilter {

    private final RequestDeadline deadline;
    private final DatabaseSettings settings;

    public RequestDeadlineFilter(RequestDeadline deadline, DatabaseSettings settings) {
        this.deadline = deadline;
        this.settings = settings;
    }

    @ServerRequestFilter(preMatching = true)
    public void fixDeadline() {
        deadline.start(settings.requestDeadlineMillis());
    }
}
