package uk.yos.victims.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation")
public record EvaluationView(UUID id, UUID victimId, LocalDate sentOn, LocalDate returnedOn,
        @Schema(minimum = "1", maximum = "5") Integer satisfaction, Boolean feltListenedTo,
        @Schema(maxLength = 2000) String comments, Instant recordedAt, @Schema(maxLength = 255) String recordedBy) {

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.id, e.victimId, e.sentOn, e.returnedOn, e.satisfaction, e.feltListenedTo,
                e.comments, e.recordedAt, e.recordedBy);
    }
}
