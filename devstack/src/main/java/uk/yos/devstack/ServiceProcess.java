package uk.yos.devstack;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One Quarkus service from its fast jar ({@code java <ServiceJvm options> -jar
 * <module>/target/quarkus-app/quarkus-run.jar}), configured only through environment variables, output in its log
 * file. Inherited {@code QUARKUS_*} variables are dropped so only the given configuration applies.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration DEFAULT_READY_POLL = Duration.ofMillis(300);

    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;
    /** {@link System#nanoTime()} just before the process was started: where its start time is counted from. */
    private final long startedNanos;
    private boolean stopped;

    private ServiceProcess(String name, int port, Process process, Path logFile, long startedNanos) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts the service (does not wait; see {@link #awaitReady}).
     *
     * @param env its configuration, e.g. QUARKUS_HTTP_PORT, QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_OIDC_AUTH_SERVER_URL
     */
    public static ServiceProcess start(String name, Path runJar, int port, Map<String, String> env, Path logFile) {
        if (!Files.isRegularFile(runJar)) {
            throw new DevStackException(name + " is not built: " + runJar + " is missing. Build it with "
                    + "./mvnw -B -q -DskipTests package (./yos up does).");
        }
        Ports.requireFree(port, name, null);
        long startedNanos = System.nanoTime();
        Process process = Processes.start(name, runJar.toAbsolutePath().toString(), ServiceJvm.command(runJar),
                runJar.toAbsolutePath().getParent(), env, List.of("QUARKUS_", "JAVA_TOOL_OPTIONS"), logFile);
        return new ServiceProcess(name, port, process, logFile, startedNanos);
    }

    /**
     * Waits until {@code /q/health/ready} answers 200 with status UP, asking every 300 ms; fails with the end of the
     * log otherwise.
     *
     * @return how long after its start the process was seen ready
     */
    public Duration awaitReady(Duration timeout) {
        return awaitReady(timeout, DEFAULT_READY_POLL);
    }

    /**
     * As {@link #awaitReady(Duration)}, asking every {@code pollEvery}: a short interval times the start closely (the
     * answer is late by at most one interval), at the cost of more requests while the service starts.
     */
    public Duration awaitReady(Duration timeout, Duration pollEvery) {
        String url = "http://127.0.0.1:" + port + "/q/health/ready";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new DevStackException(name + " exited with code " + process.exitValue() + " before it was ready. "
                        + "End of " + logFile + ":" + System.lineSeparator() + Processes.tail(logFile, 40));
            }
            if (Http.probe(url) == 200) {
                HttpResponse<String> response = Http.get(url);
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            }
            Processes.sleep(pollEvery.toMillis());
        }
        throw new DevStackException(name + " was not ready within " + timeout.toSeconds() + " s (" + url + "). End of "
                + logFile + ":" + System.lineSeparator() + Processes.tail(logFile, 40));
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>}, for people. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * {@code http://127.0.0.1:<port>}, for other processes: the address it listens on ({@code localhost} may resolve
     * to {@code ::1} first, where nothing listens).
     */
    public String localBaseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** SIGTERM (Quarkus shuts down gracefully), SIGKILL after the grace period. */
    public synchronized void stop(Duration grace) {
        if (stopped) {
            return;
        }
        stopped = true;
        Processes.stopTree(process.toHandle(), grace);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }
}
