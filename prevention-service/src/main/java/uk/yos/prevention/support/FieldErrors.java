package uk.yos.prevention.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.FieldError;
import uk.yos.web.problem.ProblemType;

/**
 * Collects the rules a request breaks that bean validation cannot express (one field against another), so the
 * caller hears about all of them in one 400 rather than one per attempt.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public FieldErrors addIf(boolean broken, String field, String message) {
        return broken ? add(field, message) : this;
    }

    public void throwIfAny() {
        throwIfAny(ProblemType.VALIDATION);
    }

    /** Throws a problem of this type (400, or 422 for a request that contradicts who is asking) listing every error. */
    public void throwIfAny(ProblemType type) {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw new ProblemException(type, detail, errors, Map.of());
        }
    }
}
