package uk.yos.cases.assessment;

import java.time.LocalDate;
import java.util.UUID;

import uk.yos.cases.caserecord.CaseRecord;

/**
 * An assessment's ratings took effect (on completion, or on a manager's sign-off), fired inside that transaction:
 * risk panels and contingency plans fall due from it.
 */
public record RatingsInEffect(CaseRecord caseRecord, UUID assessmentId, LocalDate completedOn, HarmRating rosh,
        HarmRating safetyAndWellbeing) {

    public boolean highOrVeryHigh() {
        return rosh.isHighOrVeryHigh() || safetyAndWellbeing.isHighOrVeryHigh();
    }

    public boolean mediumOrAbove() {
        return HarmRating.higherOf(rosh, safetyAndWellbeing) != HarmRating.LOW;
    }
}
