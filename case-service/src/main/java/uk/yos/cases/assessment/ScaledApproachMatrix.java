package uk.yos.cases.assessment;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The scaled approach an assessment's ratings indicate, from the area's matrix: likelihood of reoffending against
 * the higher of the ROSH and safety-and-wellbeing ratings. The matrix must name a level for every pair, so a gap in
 * configuration stops the service at start rather than leaving a case without one.
 */
@ApplicationScoped
public class ScaledApproachMatrix {

    private final Map<ReoffendingLikelihood, Map<HarmRating, ScaledApproach>> matrix =
            new EnumMap<>(ReoffendingLikelihood.class);

    @Inject
    public ScaledApproachMatrix(AssessmentSettings settings) {
        this(settings.scaledApproach());
    }

    ScaledApproachMatrix(Map<ReoffendingLikelihood, Map<HarmRating, ScaledApproach>> configured) {
        for (ReoffendingLikelihood likelihood : ReoffendingLikelihood.values()) {
            Map<HarmRating, ScaledApproach> row = configured.get(likelihood);
            Map<HarmRating, ScaledApproach> copy = new EnumMap<>(HarmRating.class);
            for (HarmRating harm : HarmRating.values()) {
                ScaledApproach level = row == null ? null : row.get(harm);
                if (level == null) {
                    throw new IllegalStateException("yos.assessments.scaled-approach." + key(likelihood) + "."
                            + key(harm) + " is not set: the matrix needs a level for every pair of ratings");
                }
                copy.put(harm, level);
            }
            matrix.put(likelihood, copy);
        }
    }

    public ScaledApproach indicated(ReoffendingLikelihood likelihood, HarmRating rosh, HarmRating safetyAndWellbeing) {
        return matrix.get(likelihood).get(HarmRating.higherOf(rosh, safetyAndWellbeing));
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }
}
