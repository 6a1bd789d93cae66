package uk.yos.victims.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.victims.intervention.InterventionStatus;
import uk.yos.victims.intervention.InterventionType;
import uk.yos.victims.intervention.RjIntervention;
import uk.yos.victims.victim.Victim;

/**
 * What the case manager and the panel learn about a victim: no name, date of birth or contact details, by design
 * (this type has no field that could carry them).
 */
@Schema(name = "VictimFeedbackReport", description = "The victim's views, wishes and agreed reparation, with the RJ "
        + "offer and work done; no names, dates of birth or contact details")
public record FeedbackReportView(
        UUID victimId,
        UUID caseId,
        UUID offenceId,
        @Schema(description = "Null until the RJ decision is recorded") Boolean rjOffered,
        LocalDate rjDecidedOn,
        @Schema(maxItems = 100) List<Intervention> interventions,
        @Schema(maxLength = 4000) String views,
        @Schema(maxLength = 4000) String wishes,
        @Schema(maxLength = 4000) String agreedReparation,
        Instant feedbackRecordedAt) {

    @Schema(name = "VictimFeedbackReportIntervention")
    public record Intervention(InterventionType type, InterventionStatus status) {
    }

    static FeedbackReportView of(Victim v, List<RjIntervention> interventions) {
        return new FeedbackReportView(v.id, v.caseId, v.offenceId, v.rjOffered, v.rjDecidedOn,
                interventions.stream().map(i -> new Intervention(i.type, i.status)).toList(),
                v.views, v.wishes, v.agreedReparation, v.feedbackRecordedAt);
    }

    @Schema(name = "VictimFeedbackReportPage")
    public record Page(List<FeedbackReportView> items, int page, int size, long totalItems) {
    }
}
