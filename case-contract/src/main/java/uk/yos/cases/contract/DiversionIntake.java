package uk.yos.cases.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * case-service's answer to a {@link DiversionIntakeRequest}: the same body for the call that opened the case (201)
 * and for every later call with the same {@code sourceReference} (200). Which fields every answer must carry is
 * {@link #missingFields()}.
 */
@Schema(name = "DiversionIntake", description = "The case a prevention decision opened; the same on every replay")
public record DiversionIntake(
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d40") UUID caseId,
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d3f") UUID youngPersonId,
        @Schema(description = "The child was already recorded (true) or was recorded for this intake (false)",
                example = "true") Boolean youngPersonMatched,
        @Schema(example = "prevention-referral:01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d42", maxLength = 80)
        String sourceReference) {

    /** The fields every answer must carry that this one lacks (null or absent); empty for a complete answer. */
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        Shapes.require(missing, "caseId", caseId);
        Shapes.require(missing, "youngPersonId", youngPersonId);
        Shapes.require(missing, "youngPersonMatched", youngPersonMatched);
        Shapes.require(missing, "sourceReference", sourceReference);
        return missing;
    }
}
