package uk.yos.referralorders.support;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.yos.common.problem.ProblemException;
import uk.yos.common.problem.ProblemResponses;

/** More specific than common's mapper for any WebApplicationException, so it wins for unconvertible query parameters. */
public class InvalidQueryParameterMapper {

    @ServerExceptionMapper
    public Response invalid(QueryParameters.InvalidQueryParameter exception) {
        return ProblemResponses.of(ProblemException.invalid(exception.name(), exception.problem()));
    }
}
