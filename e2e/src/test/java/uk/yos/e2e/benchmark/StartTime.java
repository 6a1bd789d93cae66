package uk.yos.e2e.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.yos.devstack.DevStack;
import uk.yos.devstack.ServiceProcess;

/**
 * How long a service takes to start: from the moment its process is started to its {@code /q/health/ready} answering
 * UP (asked every {@value #POLL_MILLIS} ms, so late by at most that), and Quarkus's own "started in" figure from its
 * log (from the JVM's start to the HTTP server listening).
 */
record StartTime(String service, Duration toReady, Optional<Duration> quarkusStartedIn) {

    static final long POLL_MILLIS = 20;

    /** Quarkus's line: "case-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.32.1) started in 5.123s. ..." */
    private static final Pattern STARTED_IN = Pattern.compile("started in (\\d+\\.\\d+)s");

    /** Starts another instance of {@code service} beside the running stack, times it until ready, then stops it. */
    static StartTime measure(DevStack stack, String service) {
        ServiceProcess instance = stack.launchAnotherInstance(service, service + "-start-time", Map.of());
        try {
            Duration toReady = instance.awaitReady(stack.config().serviceStartTimeout(),
                    Duration.ofMillis(POLL_MILLIS));
            return new StartTime(service, toReady, startedIn(instance.logFile()));
        } finally {
            instance.stop(Duration.ofSeconds(20));
        }
    }

    private static Optional<Duration> startedIn(Path log) {
        try {
            Matcher m = STARTED_IN.matcher(Files.readString(log));
            return m.find() ? Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(m.group(1)) * 1000)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
