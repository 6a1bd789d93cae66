package uk.yos.cases.screening;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import uk.yos.cases.caserecord.CaseType;

/** Which cases must be screened for gang and criminal exploitation and CSE, and by when ({@code yos.screenings.*}). */
@ConfigMapping(prefix = "yos.screenings")
public interface ScreeningSettings {

    /** The case types whose gang and CSE screenings are compulsory. */
    List<CaseType> compulsoryFor();

    /** Working days from the case's outcome date to the compulsory screenings' due date. */
    @Min(1)
    @Max(60)
    int dueWithinWorkingDays();
}
