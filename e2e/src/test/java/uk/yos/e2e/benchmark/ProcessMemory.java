package uk.yos.e2e.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.yos.devstack.Processes;
import uk.yos.devstack.ServiceProcess;

/** A service's resident memory from {@code /proc/<pid>/status} (Linux): now (VmRSS) and its peak so far (VmHWM). */
record ProcessMemory(String service, long pid, long rssKb, long peakRssKb) {

    static ProcessMemory of(ServiceProcess service) {
        long pid = jvmPid(service.handle());
        List<String> status;
        try {
            status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the memory of " + service.name() + " (pid " + pid + "): "
                    + e.getMessage(), e);
        }
        return new ProcessMemory(service.name(), pid, kilobytes(status, "VmRSS:"), kilobytes(status, "VmHWM:"));
    }

    double rssMb() {
        return rssKb / 1024.0;
    }

    double peakRssMb() {
        return peakRssKb / 1024.0;
    }

    /** devstack may start the JVM through {@code setsid}: the process whose command line runs the jar. */
    static long jvmPid(ProcessHandle started) {
        return Stream.concat(Stream.of(started), started.descendants())
                .filter(p -> Processes.commandLine(p.pid()).map(c -> c.contains("quarkus-run.jar")).orElse(false))
                .findFirst()
                .orElse(started)
                .pid();
    }

    private static long kilobytes(List<String> status, String field) {
        Optional<String> line = status.stream().filter(l -> l.startsWith(field)).findFirst();
        // "VmRSS:	  123456 kB"
        return line.map(l -> Long.parseLong(l.substring(field.length()).replace("kB", "").trim()))
                .orElseThrow(() -> new IllegalStateException("No " + field + " in /proc/<pid>/status"));
    }
}
