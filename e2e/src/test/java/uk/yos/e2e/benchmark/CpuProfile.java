package uk.yos.e2e.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's CPU time goes while a phase runs: a JFR recording (the JDK's {@code profile} settings, started
 * and stopped with {@code jcmd}), summarised per library two ways: the share of CPU samples whose stack passes
 * through it (a sample counts for several: a query runs inside Hibernate inside a transaction inside the REST layer,
 * and a library that wraps every task, as tracing's context does, counts for nearly all), and the share whose
 * innermost library frame is its own (each sample counts once: the time spent in that library's code and the JDK
 * code it called). Then the methods most often on top of the stack. The recording is kept beside the report, to
 * open in JDK Mission Control.
 */
record CpuProfile(String service, Path recording, int samples, Map<String, Integer> samplesByArea,
        Map<String, Integer> samplesByOwnArea, List<Map.Entry<String, Integer>> hottestMethods) {

    /** Libraries by package prefix, in the order the report lists them. */
    private static final Map<String, List<String>> AREAS = areas();
    private static final int HOTTEST = 12;
    /** Samples with no library frame at all: the JDK alone (the JIT, GC-related work in Java code, threads idling). */
    private static final String OTHER = "the JDK only";

    /** A recording running in another JVM until {@link #stop()}. */
    record Running(String service, long pid, Path recording) {

        static Running start(String service, long pid, Path recording) {
            jcmd(pid, "JFR.start", "name=benchmark", "settings=profile", "filename=" + recording.toAbsolutePath());
            return new Running(service, pid, recording);
        }

        CpuProfile stop() {
            jcmd(pid, "JFR.stop", "name=benchmark");
            return summarise(service, recording);
        }
    }

    static CpuProfile summarise(String service, Path recording) {
        Map<String, Integer> byArea = new LinkedHashMap<>();
        Map<String, Integer> byOwnArea = new LinkedHashMap<>();
        Map<String, Integer> onTop = new LinkedHashMap<>();
        int samples = 0;
        try {
            for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                samples++;
                onTop.merge(methodName(frames.get(0)), 1, Integer::sum);
                Set<String> types = frames.stream().map(f -> f.getMethod().getType().getName())
                        .collect(Collectors.toSet());
                AREAS.forEach((area, prefixes) -> {
                    if (types.stream().anyMatch(type -> prefixes.stream().anyMatch(type::startsWith))) {
                        byArea.merge(area, 1, Integer::sum);
                    }
                });
                byOwnArea.merge(innermostArea(frames), 1, Integer::sum);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the JFR recording " + recording + ": " + e.getMessage(), e);
        }
        List<Map.Entry<String, Integer>> hottest = onTop.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(HOTTEST)
                .collect(Collectors.toCollection(ArrayList::new));
        return new CpuProfile(service, recording, samples, byArea, byOwnArea, hottest);
    }

    /** The summary as Markdown: the areas from most to least samples, then the hottest methods. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%s, %,d CPU samples (recording `%s`):%n%n", service, samples,
                recording.getFileName()));
        md.append("| library or layer | its own (innermost library frame) | passed through |\n|---|---:|---:|\n");
        samplesByOwnArea.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> md.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", e.getKey(),
                        share(e.getValue()), share(samplesByArea.getOrDefault(e.getKey(), e.getValue())))));
        md.append("\n| method on top of the stack | share of samples |\n|---|---:|\n");
        hottestMethods.forEach(e -> md.append(String.format(Locale.ROOT, "| `%s` | %s |%n", e.getKey(),
                share(e.getValue()))));
        return md.toString();
    }

    private String share(int count) {
        return String.format(Locale.ROOT, "%.1f%%", samples == 0 ? 0.0 : count * 100.0 / samples);
    }

    /** The library of the frame nearest the top of the stack that belongs to one; JDK frames are skipped. */
    private static String innermostArea(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (var area : AREAS.entrySet()) {
                if (area.getValue().stream().anyMatch(type::startsWith)) {
                    return area.getKey();
                }
            }
        }
        return OTHER;
    }

    private static String methodName(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static Map<String, List<String>> areas() {
        Map<String, List<String>> areas = new LinkedHashMap<>();
        areas.put("HTTP server (Vert.x, Netty)", List.of("io.vertx.", "io.netty."));
        areas.put("REST layer (Quarkus REST)", List.of("org.jboss.resteasy.reactive.", "io.quarkus.resteasy.reactive."));
        areas.put("token check (quarkus-oidc, SmallRye JWT, jose4j)",
                List.of("io.quarkus.oidc.", "io.smallrye.jwt.", "org.jose4j.", "uk.yos.web.security."));
        areas.put("transactions (Narayana)", List.of("com.arjuna.", "io.quarkus.narayana."));
        areas.put("Hibernate ORM", List.of("org.hibernate."));
        areas.put("connection pool (Agroal)", List.of("io.agroal."));
        areas.put("MySQL Connector/J", List.of("com.mysql."));
        areas.put("TLS", List.of("sun.security.ssl.", "com.sun.crypto."));
        areas.put("audit", List.of("uk.yos.common.audit."));
        areas.put("JSON (Jackson)", List.of("com.fasterxml.jackson."));
        areas.put("logging", List.of("org.jboss.logmanager.", "org.jboss.logging."));
        areas.put("tracing (OpenTelemetry)", List.of("io.opentelemetry.", "io.quarkus.opentelemetry."));
        areas.put("gateway proxy", List.of("uk.yos.gateway."));
        areas.put("CDI (Arc)", List.of("io.quarkus.arc."));
        areas.put("other application code (uk.yos)", List.of("uk.yos."));
        areas.put("other Quarkus, SmallRye and Mutiny", List.of("io.quarkus.", "io.smallrye."));
        return areas;
    }

    private static void jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run jcmd: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running jcmd", e);
        }
    }
}
