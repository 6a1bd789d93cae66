package uk.yos.referralorders.support;

import java.util.List;
import java.util.Map;

import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.FieldError;
import uk.yos.web.problem.ProblemType;

/** The 422s of this service: the request is well-formed, but a rule of the domain refuses it. */
public final class Problems {

    private Problems() {
    }

    /** 422 naming the field whose value a rule refuses. */
    public static ProblemException unprocessable(String field, String message) {
        return unprocessable(field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** 422 listing every broken rule, each against the field it concerns. */
    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, errors, Map.of());
    }
}
