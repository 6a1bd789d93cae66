package uk.yos.web.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, as every service answers errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. Never carries stack traces, class names or SQL.")
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "urn:yos:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "dateOfBirth: must be a date in the past") String detail,
        @Schema(description = "The request path", example = "/api/v1/young-people") String instance,
        @Schema(description = "The X-Request-Id of the request, for support", example = "4b1e6c2a9d3f4e0b") String requestId,
        @Schema(description = "One entry per invalid input (validation problems only)") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
