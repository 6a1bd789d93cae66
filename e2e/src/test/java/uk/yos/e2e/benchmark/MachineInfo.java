package uk.yos.e2e.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine the run was on, for the report: cores, CPU model, memory, OS, JDK. */
record MachineInfo(int cores, String cpuModel, long memoryMb, String os, String jdk) {

    static MachineInfo current() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(),
                procField("/proc/cpuinfo", "model name").orElse("unknown"),
                procField("/proc/meminfo", "MemTotal").map(v -> Long.parseLong(v.replace("kB", "").trim()) / 1024)
                        .orElse(-1L),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")");
    }

    /** The value after the colon of the first line starting with {@code name}, e.g. "model name	: Intel ...". */
    private static java.util.Optional<String> procField(String file, String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(name) && l.contains(":")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
