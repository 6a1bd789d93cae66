package uk.yos.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code .devstack/pids}: the processes a running devstack started (its own JVM first), one per line as
 * {@code pid <TAB> start-epoch-millis <TAB> label <TAB> marker}. {@code ./yos down} acts only on a pid that is alive,
 * started at the recorded time and whose command line still contains the marker (a path such as the service's jar),
 * so a reused pid is never killed.
 */
public final class PidRegistry {

    public static final String DEVSTACK_LABEL = "devstack";
    /** The embedded MariaDB's server process. */
    public static final String MARIADB_LABEL = "mariadb";

    private final Path file;

    public PidRegistry(Path file) {
        this.file = file;
    }

    /** One recorded process. */
    public record Entry(long pid, long startMillis, String label, String marker) {

        static Entry of(ProcessHandle handle, String label, String marker) {
            long start = handle.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
            return new Entry(handle.pid(), start, label, marker.replace('\t', ' ').replace('\n', ' '));
        }

        String line() {
            return pid + "\t" + startMillis + "\t" + label + "\t" + marker;
        }

        /** The live process, if this pid is still the recorded program. */
        public Optional<ProcessHandle> verified() {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (handle.isEmpty()) {
                return Optional.empty();
            }
            Optional<Instant> start = handle.get().info().startInstant();
            if (startMillis > 0 && start.isPresent() && Math.abs(start.get().toEpochMilli() - startMillis) > 1000) {
                return Optional.empty();
            }
            boolean sameCommand = Processes.commandLine(pid).map(c -> c.contains(marker)).orElse(false);
            return sameCommand ? handle : Optional.empty();
        }
    }

    public Path file() {
        return file;
    }

    /** Starts a new file with this JVM as the devstack process. */
    public synchronized void startWithCurrentProcess() {
        ProcessHandle self = ProcessHandle.current();
        String cmd = Processes.commandLine(self.pid()).orElse("");
        String marker = cmd.contains("devstack.jar") ? "devstack.jar" : "uk.yos.devstack";
        if (!cmd.contains(marker)) {
            marker = "java"; // e.g. started from a test runner: still a JVM
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# pid\tstart-millis\tlabel\tmarker (written by devstack; ./yos down reads it)\n"
                    + Entry.of(self, DEVSTACK_LABEL, marker).line() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DevStackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized void record(ProcessHandle handle, String label, String marker) {
        try {
            Files.writeString(file, Entry.of(handle, label, marker).line() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new DevStackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized List<Entry> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 4);
                if (parts.length == 4) {
                    try {
                        entries.add(new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2], parts[3]));
                    } catch (NumberFormatException e) {
                        // ignore a damaged line
                    }
                }
            }
        } catch (IOException e) {
            throw new DevStackException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    public synchronized void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // stale file: status/down verify every pid anyway
        }
    }

    /** The devstack JVM recorded in the file, if it is still running. */
    public Optional<ProcessHandle> runningDevStack() {
        return read().stream().filter(e -> e.label().equals(DEVSTACK_LABEL)).findFirst().flatMap(Entry::verified);
    }

    /**
     * Stops what the file records: first the devstack JVM (SIGTERM: its shutdown hook stops services, Keycloak and the
     * database in order), then whatever recorded child is still running (SIGTERM, SIGKILL after 20 s), last one first.
     *
     * @return one line per action, for the user
     */
    public List<String> down() {
        List<String> report = new ArrayList<>();
        List<Entry> entries = read();
        if (entries.isEmpty()) {
            report.add("Nothing recorded in " + file + ": no devstack to stop.");
            return report;
        }
        Optional<Entry> devstack = entries.stream().filter(e -> e.label().equals(DEVSTACK_LABEL)).findFirst();
        if (devstack.isPresent()) {
            Optional<ProcessHandle> jvm = devstack.get().verified();
            if (jvm.isPresent()) {
                report.add("Stopping devstack (pid " + jvm.get().pid() + ") ...");
                jvm.get().destroy();
                try {
                    jvm.get().onExit().get(120, TimeUnit.SECONDS);
                    report.add("devstack stopped.");
                } catch (Exception e) {
                    report.add("devstack (pid " + jvm.get().pid() + ") did not stop within 120 s; killing it.");
                    jvm.get().destroyForcibly();
                }
            } else {
                report.add("devstack (pid " + devstack.get().pid() + ") is not running.");
            }
        }
        List<Entry> children = new ArrayList<>(entries);
        children.removeIf(e -> e.label().equals(DEVSTACK_LABEL));
        Collections.reverse(children);
        for (Entry child : children) {
            Optional<ProcessHandle> handle = child.verified();
            if (handle.isPresent()) {
                report.add("Stopping " + child.label() + " (pid " + child.pid() + ") left running ...");
                Processes.stopTree(handle.get(), Duration.ofSeconds(20));
            }
        }
        boolean anyLeft = children.stream().anyMatch(e -> e.verified().isPresent());
        if (anyLeft) {
            report.add("Some recorded processes are still running; see ./yos status.");
        } else {
            delete();
            report.add("All recorded processes are stopped.");
        }
        return report;
    }
}
