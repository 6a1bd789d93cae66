package uk.yos.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.databind.JsonMappingException;
import uk.yos.web.problem.FieldError;

/** Turns bean-validation and JSON-binding failures into field-level errors named as the caller named them. */
final class ValidationProblems {

    private ValidationProblems() {
    }

    static List<FieldError> fromViolations(Iterable<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    static String summary(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    /**
     * "create.request.offences[0].offenceDate" becomes "offences[0].offenceDate": the method and the Java
     * parameter holding the body mean nothing to the caller; a bare query parameter keeps its own name.
     */
    static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder name = new StringBuilder();
        Iterator<Path.Node> it = nodes.iterator();
        while (it.hasNext()) {
            Path.Node node = it.next();
            boolean isLast = !it.hasNext();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || (node.getKind() == ElementKind.PARAMETER && !isLast)) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    static String fieldName(JsonMappingException exception) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
