package uk.yos.cases.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScaledApproachMatrixTest {

    /** A complete matrix with every pair STANDARD. */
    static Map<ReoffendingLikelihood, Map<HarmRating, ScaledApproach>> allStandard() {
        Map<ReoffendingLikelihood, Map<HarmRating, ScaledApproach>> matrix = new EnumMap<>(ReoffendingLikelihood.class);
        for (ReoffendingLikelihood likelihood : ReoffendingLikelihood.values()) {
            Map<HarmRating, ScaledApproach> row = new EnumMap<>(HarmRating.class);
            for (HarmRating harm : HarmRating.values()) {
                row.put(harm, ScaledApproach.STANDARD);
            }
            matrix.put(likelihood, row);
        }
        return matrix;
    }

    @Test
    void theColumnIsTheHigherOfRoshAndSafetyAndWellbeing() {
        Map<ReoffendingLikelihood, Map<HarmRating, ScaledApproach>> matrix = allStandard();
        matrix.get(ReoffendingLikelihood.LOW).put(HarmRating.HIGH, ScaledApproach.INTENSIVE);
        ScaledApproachMatrix scaledApproach = new ScaledApproachMatrix(matrix);

        assertEquals(ScaledApproach.INTENSIVE,
                scaledApproach.indicated(ReoffendingLikelihood.LOW, HarmRating.LOW, HarmRating.HIGH));
        assertEquals(ScaledApproach.INTENSIVE,
                scaledApproach.indicated(ReoffendingLikelihood.LOW, HarmRating.HIGH, HarmRating.MEDIUM));
        assertEquals(ScaledApproach.STANDARD,
                scaledApproach.indicated(ReoffendingLikelihood.MEDIUM, HarmRating.HIGH, HarmRating.LOW));
    }

    @Test
    void aMatrixWithAPairLeftOutStopsTheServiceNamingTheMissingKey() {
        Map<ReoffendingLikelihood, Map<HarmRating, ScaledApproach>> matrix = allStandard();
        matrix.get(ReoffendingLikelihood.HIGH).remove(HarmRating.VERY_HIGH);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new ScaledApproachMatrix(matrix));
        assertTrue(refused.getMessage().contains("yos.assessments.scaled-approach.high.very-high"),
                refused.getMessage());
    }
}
