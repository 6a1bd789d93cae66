package uk.yos.web.problem;

/** One invalid input: the JSON property, query parameter or header at fault, and what is wrong with it. */
public record FieldError(String field, String message) {
}
