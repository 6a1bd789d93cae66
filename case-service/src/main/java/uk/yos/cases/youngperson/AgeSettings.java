package uk.yos.cases.youngperson;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/**
 * The ages the youth justice system works with, as this area keeps them; checked at start-up. Children aged 10 to
 * 17 at the time of the offence ({@code yos.offences.*}), whose work may go on past 18 ({@code yos.young-people.*}).
 */
public interface AgeSettings {

    /** In whole years, inclusive. */
    @Min(0)
    @Max(30)
    int minimumAge();

    /** In whole years, inclusive. */
    @Min(0)
    @Max(30)
    int maximumAge();

    /** A child's plausible age today, when the YOS records them. */
    @ConfigMapping(prefix = "yos.young-people")
    interface YoungPeople extends AgeSettings {
    }

    /** The child's age on the date of an offence. */
    @ConfigMapping(prefix = "yos.offences")
    interface Offences extends AgeSettings {
    }
}
