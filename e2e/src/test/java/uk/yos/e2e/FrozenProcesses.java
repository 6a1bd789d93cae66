package uk.yos.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Processes stopped with SIGSTOP until {@link #close()} sends SIGCONT: their sockets stay open and the kernel still
 * accepts connections for them, but nothing answers, as with a hung server or a network that drops packets. Use it in
 * try-with-resources, so the processes run again whatever the test finds.
 */
final class FrozenProcesses implements AutoCloseable {

    private final List<ProcessHandle> processes;

    private FrozenProcesses(List<ProcessHandle> processes) {
        this.processes = processes;
    }

    /** Stops each process and its descendants. */
    static FrozenProcesses freeze(List<ProcessHandle> roots) {
        List<ProcessHandle> all = roots.stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants())).toList();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no process to freeze");
        }
        signal("-STOP", all);
        return new FrozenProcesses(all);
    }

    @Override
    public void close() {
        signal("-CONT", processes);
    }

    private static void signal(String signal, List<ProcessHandle> processes) {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        try {
            Process kill = new ProcessBuilder(command).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }
}
