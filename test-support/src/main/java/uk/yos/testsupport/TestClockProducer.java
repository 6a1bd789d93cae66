package uk.yos.testsupport;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Gives every service under test the {@link TestClock} in place of the system clock (this jar is a bean archive,
 * so a service's tests pick it up just by depending on it).
 */
@Singleton
public class TestClockProducer {

    @Produces
    @Singleton
    Clock testClock() {
        return TestClock.INSTANCE;
    }
}
