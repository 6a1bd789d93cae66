package uk.yos.cases.diversion;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.caserecord.CaseRecord;

@Schema(name = "DiversionIntake", description = "The case a prevention decision opened; the same on every replay")
public record DiversionIntakeView(
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d40") UUID caseId,
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d3f") UUID youngPersonId,
        @Schema(description = "The child was already recorded (true) or was recorded for this intake (false)",
                example = "true") boolean youngPersonMatched,
        @Schema(example = "prevention-referral:01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d42", maxLength = 80)
        String sourceReference) {

    static DiversionIntakeView of(CaseRecord caseRecord) {
        return new DiversionIntakeView(caseRecord.id, caseRecord.youngPersonId,
                Boolean.TRUE.equals(caseRecord.youngPersonMatched), caseRecord.sourceReference);
    }
}
