package uk.yos.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Starting, describing and stopping child processes. */
public final class Processes {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Set<ProcessHandle> STARTED = ConcurrentHashMap.newKeySet();
    private static final List<Consumer<Started>> LISTENERS = new CopyOnWriteArrayList<>();

    /**
     * A process started through {@link #start}: {@code marker} is a string its command line contains (e.g. the jar
     * or home path), used later to make sure a recorded pid still belongs to the same program.
     */
    public record Started(ProcessHandle handle, String label, String marker) {
    }

    /** Called for every process started from now on (devstack records them in .devstack/pids at once). */
    public static void addListener(Consumer<Started> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<Started> listener) {
        LISTENERS.remove(listener);
    }

    /** Processes started by this JVM that are still alive (a last sweep on shutdown stops them). */
    public static List<ProcessHandle> stillRunning() {
        STARTED.removeIf(h -> !h.isAlive());
        return List.copyOf(STARTED);
    }

    private Processes() {
    }

    /**
     * Starts a command with its output appended to {@code logFile}. Where {@code setsid} exists the child gets a
     * session of its own, so a Ctrl-C in the terminal reaches only devstack, which then stops children in order.
     *
     * @param removeFromEnv prefixes of inherited variables to drop (e.g. {@code QUARKUS_}) so the child sees only
     *                      the configuration given here
     */
    public static Process start(String label, String marker, List<String> command, Path workDir,
                                Map<String, String> env, List<String> removeFromEnv, Path logFile) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile());
        builder.environment().keySet().removeIf(k -> removeFromEnv.stream().anyMatch(k::startsWith));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            Process process = builder.start();
            STARTED.add(process.toHandle());
            Started started = new Started(process.toHandle(), label, marker);
            LISTENERS.forEach(l -> l.accept(started));
            return process;
        } catch (IOException e) {
            throw new DevStackException("Cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
    }

    /** The full command line of a live process ({@code /proc/<pid>/cmdline} on Linux), if it can be read. */
    public static Optional<String> commandLine(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                byte[] bytes = Files.readAllBytes(cmdline);
                if (bytes.length > 0) {
                    return Optional.of(new String(bytes, StandardCharsets.UTF_8).replace('\0', ' ').trim());
                }
            }
        } catch (IOException e) {
            // fall through to ProcessHandle
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine());
    }

    /**
     * Stops a process tree: SIGTERM to the process, wait up to {@code grace}, then SIGKILL to it and to whatever is
     * left of its descendants.
     */
    public static void stopTree(ProcessHandle process, Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            try {
                process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                try {
                    process.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // reported by the caller's status check
                }
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (ProcessHandle child : descendants) {
            // children normally exit with their parent (kc.sh forwards SIGTERM to Keycloak's JVM)
            while (child.isAlive() && System.nanoTime() < deadline) {
                sleep(100);
            }
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    /** The last lines of a log file, for error messages. */
    public static String tail(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log at " + logFile + ")";
        }
    }

    /** The {@code java} executable of this JVM, so children run on the same JDK. */
    public static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted", e);
        }
    }
}
