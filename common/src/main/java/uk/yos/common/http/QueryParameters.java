package uk.yos.common.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * List filters are query parameters, and JAX-RS answers a query parameter it cannot convert with 404 ("no such
 * resource"), which tells the caller nothing. Here an unknown enum value, a malformed UUID, number, boolean or date is a
 * 400 problem naming the parameter (mapped in {@code ProblemExceptionMappers}), like every other invalid input.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(enumType.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, "must be one of " + allowed,
                    value -> Enum.valueOf(enumType, value));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "must be a UUID", UUID::fromString);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "must be a whole number", Integer::valueOf);
        }
        if (rawType == Boolean.class) {
            // Boolean.valueOf would quietly read anything but "true" as false.
            return (ParamConverter<T>) converter(name, "must be true or false", value -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException(value);
                }
                return Boolean.valueOf(value);
            });
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "must be a date (yyyy-mm-dd)", LocalDate::parse);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String problem, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                // Absent or empty: the parameter's default applies.
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidQueryParameter(name, problem);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String queryParameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    /** A query parameter that does not convert: answered as a 400 problem naming it. */
    public static class InvalidQueryParameter extends WebApplicationException {

        private final String name;
        private final String problem;

        InvalidQueryParameter(String name, String problem) {
            super(Response.Status.BAD_REQUEST);
            this.name = name;
            this.problem = problem;
        }

        public String name() {
            return name;
        }

        public String problem() {
            return problem;
        }
    }
}
