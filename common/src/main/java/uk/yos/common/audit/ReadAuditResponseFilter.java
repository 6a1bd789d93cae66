package uk.yos.common.audit;

import java.lang.annotation.Annotation;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import uk.yos.common.problem.ProblemResponses;
import uk.yos.web.problem.ProblemType;

/**
 * Holds a response until the audit rows of the reads it answers are committed, so an answered read always has its
 * row; when one could not be written the answer becomes a 503 problem, and the record's data is never sent. It runs
 * after the resource method (the read's transaction has committed and its connection is back in the pool) and before
 * the body is written, on the request's worker thread (every endpoint of the services is blocking).
 */
@Provider
@Priority(Priorities.USER)
public class ReadAuditResponseFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ReadAuditResponseFilter.class);
    private static final MediaType PROBLEM = MediaType.valueOf(ProblemResponses.MEDIA_TYPE);

    @Inject
    ReadAudits readAudits;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            readAudits.awaitWritten(request);
        } catch (ReadAudits.AuditNotWrittenException e) {
            LOG.errorf("A read's audit row was not written (%s); answering 503 instead of %d", e.getCause(),
                    response.getStatus());
            Response unavailable = ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                    "The read could not be recorded in the audit trail; try again later");
            response.getHeaders().clear();
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, "1");
            response.setStatus(unavailable.getStatus());
            response.setEntity(unavailable.getEntity(), new Annotation[0], PROBLEM);
        }
    }
}
