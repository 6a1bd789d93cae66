package uk.yos.referralorders.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Period;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The check on a configured interval such as yos.referral-orders.panel.review-interval. */
class WholeMonthsTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    static final class Setting {
        @WholeMonths(min = 1, max = 6)
        final Period interval;

        Setting(Period interval) {
            this.interval = interval;
        }
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void acceptsWholeMonthsInRange() {
        for (String period : List.of("P1M", "P3M", "P6M", "P0Y6M")) {
            assertEquals(0, VALIDATOR.validate(new Setting(Period.parse(period))).size(), period);
        }
    }

    @Test
    void refusesDaysNothingAndMonthsOutOfRange() {
        for (String period : List.of("P90D", "P3M1D", "P0M", "P7M", "P1Y", "P-3M")) {
            var violations = VALIDATOR.validate(new Setting(Period.parse(period)));
            assertEquals(1, violations.size(), period);
            assertEquals("must be a whole number of months from 1 to 6, such as P3M",
                    violations.iterator().next().getMessage(), period);
        }
        assertEquals(1, VALIDATOR.validate(new Setting(null)).size(), "no period");
    }
}
