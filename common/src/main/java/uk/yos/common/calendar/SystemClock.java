package uk.yos.common.calendar;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The real clock, unless a test declares a {@link Clock} bean of its own to make time a test input. */
@Singleton
public class SystemClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
