package uk.yos.cases.caserecord;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReopenCaseRequest")
public record ReopenCaseRequest(
        @Schema(description = "Why the closed case must change", example = "Closed in error: order still running",
                maxLength = 500)
        @NotBlank @Size(max = 500) String reason) {
}
