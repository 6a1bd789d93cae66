package uk.yos.referralorders.support;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Period;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A configured {@link Period} of whole months, from {@code min} to {@code max} months: "P3M" or "P1Y", never "P90D"
 * (a number of days would drift against the calendar months the rules are written in).
 */
@Documented
@Constraint(validatedBy = WholeMonths.Validator.class)
@Target({ METHOD, FIELD, TYPE_USE })
@Retention(RUNTIME)
public @interface WholeMonths {

    int min();

    int max();

    String message() default "must be a whole number of months from {min} to {max}, such as P3M";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeMonths, Period> {

        private int min;
        private int max;

        @Override
        public void initialize(WholeMonths annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(Period period, ConstraintValidatorContext context) {
            return period != null && period.getDays() == 0 && period.toTotalMonths() >= min
                    && period.toTotalMonths() <= max;
        }
    }
}
