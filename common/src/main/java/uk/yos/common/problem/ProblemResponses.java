package uk.yos.common.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import uk.yos.web.problem.FieldError;
import uk.yos.web.problem.Problem;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.requestid.RequestIds;

/** Builds problem+json responses carrying the current request's id and path. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = Problem.MEDIA_TYPE;

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail) {
        return of(type, type.status(), detail, List.of());
    }

    public static Response of(ProblemType type, int status, String detail, List<FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, RequestIds.currentPath(),
                RequestIds.current(), errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(ProblemException exception) {
        Response.ResponseBuilder builder = Response.fromResponse(
                of(exception.type(), exception.type().status(), exception.getMessage(), exception.errors()));
        exception.headers().forEach(builder::header);
        return builder.build();
    }
}
