package uk.yos.common.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.database.DatabaseOutages;
import uk.yos.common.http.QueryParameters;
import uk.yos.web.problem.FieldError;
import uk.yos.web.problem.ProblemType;

/**
 * Every error a service produces leaves as RFC 9457 problem+json. Details are written for the caller and never
 * include exception messages from libraries, which can carry class names, SQL or personal data.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException exception) {
        return ProblemResponses.of(exception);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException exception) {
        boolean inResponse = exception.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"));
        if (inResponse) {
            return unexpected(exception);
        }
        List<FieldError> errors = ValidationProblems.fromViolations(exception.getConstraintViolations());
        return ProblemResponses.of(ProblemType.VALIDATION, 400, ValidationProblems.summary(errors), errors);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException exception) {
        return bodyFieldProblem(ValidationProblems.fieldName(exception), "is not a known property");
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException exception) {
        Class<?> target = exception.getTargetType();
        String message = target != null && target.isEnum()
                ? "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "))
                : "has an invalid value or format";
        return bodyFieldProblem(ValidationProblems.fieldName(exception), message);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception) {
        return bodyFieldProblem(ValidationProblems.fieldName(exception), "has the wrong type or format");
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException exception) {
        return ProblemResponses.of(ProblemType.MALFORMED_BODY, "The request body is not well-formed JSON");
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException exception) {
        return Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHENTICATED,
                "A valid bearer token for this API is required"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this operation");
    }

    /** More specific than {@link #http}, so it wins for a query parameter that does not convert. */
    @ServerExceptionMapper
    public Response invalidQueryParameter(QueryParameters.InvalidQueryParameter exception) {
        return ProblemResponses.of(ProblemException.invalid(exception.name(), exception.problem()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        // Below 400: not an HTTP answer of ours but a failure carrying another response (e.g. a REST client that
        // could not read another service's 200); never send it as if it were a problem with that status.
        if (status >= 500 || status < 400) {
            return unexpected(exception);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = Response.fromResponse(
                ProblemResponses.of(type, status, httpDetail(type), List.of()));
        if (exception instanceof NotAllowedException) {
            response.allow(exception.getResponse().getAllowedMethods());
        }
        return response.build();
    }

    /** Everything else, including failures wrapped by transactions or interceptors. */
    @ServerExceptionMapper
    public Response unexpected(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return ProblemResponses.of(problem);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return ProblemResponses.of(EntityTags.changedSinceRead());
            }
            if (LockConflicts.isLockConflict(cause)) {
                return ProblemResponses.of(ProblemType.CONFLICT,
                        "Another request was changing the same records at the same moment; retry");
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return ProblemResponses.of(ProblemType.CONFLICT, "The change conflicts with an existing record");
            }
            if (DatabaseOutages.isOutage(cause)) {
                LOG.warnf("Database unavailable: %s", cause.getClass().getSimpleName());
                return unavailable("This service's data store is unavailable; try again later");
            }
            if (cause instanceof FaultToleranceException || cause instanceof ProcessingException) {
                LOG.warnf("Dependency unavailable: %s", cause.getClass().getSimpleName());
                return unavailable("A service this request depends on is unavailable; try again later");
            }
        }
        LOG.error("Unexpected failure", exception);
        return ProblemResponses.of(ProblemType.INTERNAL,
                "The request failed unexpectedly; quote the request id when reporting it");
    }

    /** 503 with Retry-After: the caller may try again once the dependency is back. */
    private static Response unavailable(String detail) {
        return Response.fromResponse(ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, detail))
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    private static Response bodyFieldProblem(String field, String message) {
        List<FieldError> errors = List.of(new FieldError(field, message));
        return ProblemResponses.of(ProblemType.VALIDATION, 400, ValidationProblems.summary(errors), errors);
    }

    private static String httpDetail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No resource exists at this path";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this resource";
            case NOT_ACCEPTABLE -> "This resource cannot produce the requested media type";
            case UNSUPPORTED_MEDIA_TYPE -> "This resource does not accept the request's content type";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this API accepts";
            default -> "The request could not be understood; check its parameters and headers";
        };
    }
}
