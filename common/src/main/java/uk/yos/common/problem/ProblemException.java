package uk.yos.common.problem;

import java.util.List;
import java.util.Map;

import uk.yos.web.problem.FieldError;
import uk.yos.web.problem.ProblemType;

/**
 * Thrown by services for an expected failure the caller can act on. Carries only text that is safe to show:
 * the mappers render it as problem+json as it is.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String recordType) {
        return new ProblemException(ProblemType.NOT_FOUND, recordType + " not found");
    }

    /** The record found, or a 404 naming its type when there is none. */
    public static <T> T orNotFound(T record, String recordType) {
        if (record == null) {
            throw notFound(recordType);
        }
        return record;
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new FieldError(field, message)), Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** 422: the request is well-formed, but a rule of the domain refuses it. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail);
    }

    /** 422 naming the field whose value a rule refuses. */
    public static ProblemException unprocessable(String field, String message) {
        return unprocessable(field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** 422 listing every broken rule, each against the field it concerns. */
    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, errors, Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
