package uk.yos.cases.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.common.calendar.TimeSource;
import uk.yos.testsupport.TestClock;

/** "Today" is the England and Wales date for the rules and for bean validation alike, whatever the server zone. */
@QuarkusTest
class EnglandAndWalesDatesTest {

    @Inject
    ValidatorFactory validation;

    @Inject
    TimeSource time;

    @Test
    void validationAndTheRulesUseTheLondonClock() {
        ZoneId london = ZoneId.of("Europe/London");
        assertEquals(london, validation.getClockProvider().getClock().getZone());
        assertEquals(london, time.getClock().getZone());
    }

    @Test
    void timeIsATestInput() {
        assertEquals(TestClock.today(), time.today());
        assertEquals(TestClock.today(), LocalDate.now(validation.getClockProvider().getClock()));
    }
}
