package uk.yos.cases.assessment;

import java.time.Period;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import uk.yos.cases.caserecord.CaseCategory;

/** How this area times and rates assessments ({@code yos.assessments.*}); checked at start-up. */
@ConfigMapping(prefix = "yos.assessments")
public interface AssessmentSettings {

    /** The tool and the start deadline per case category; a category left out has no assessments due. */
    Map<CaseCategory, CategoryRule> categories();

    /** How long after an assessment takes effect the next review is due. */
    Period reviewInterval();

    /** Working days from a significant change, recorded by the case manager, to the review it calls for. */
    @Min(1)
    @Max(60)
    int significantChangeWorkingDays();

    /** Working days from completion by which an operations manager must sign off changed or high ratings. */
    @Min(1)
    @Max(30)
    int signOffWorkingDays();

    /** The scaled approach per likelihood of reoffending and the higher of the ROSH and safety-and-wellbeing ratings. */
    Map<ReoffendingLikelihood, Map<HarmRating, ScaledApproach>> scaledApproach();

    interface CategoryRule {

        AssessmentTool tool();

        /** Working days from the case's outcome date to the start assessment's due date. */
        @Min(1)
        @Max(60)
        int startWithinWorkingDays();
    }
}
