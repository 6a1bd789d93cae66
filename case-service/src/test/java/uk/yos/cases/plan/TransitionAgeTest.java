package uk.yos.cases.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransitionAgeTest {

    @ParameterizedTest(name = "born {0}: 17 years 6 months on {1}")
    @CsvSource({
            "2008-12-20, 2026-06-20",
            // 29 February: 17 on 1 March 2025 (a common year), six months later 1 September.
            "2008-02-29, 2025-09-01",
            // The 31st: six months on ends on the last day of the month (28 February 2026).
            "2008-08-31, 2026-02-28",
            "2008-03-01, 2025-09-01" })
    void isSixMonthsAfterTheSeventeenthBirthday(LocalDate dateOfBirth, LocalDate expected) {
        assertEquals(expected, TransitionAge.seventeenAndAHalf(dateOfBirth));
    }
}
