package uk.yos.e2e.benchmark;

import io.gatling.app.Gatling$;
import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.config.GatlingConfiguration$;
import io.gatling.core.stats.ErrorStats;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Runs one Gatling simulation in this JVM (Gatling's own command-line entry point, without its exit), keeps its HTML
 * report as {@code <report dir>/gatling/<phase>/index.html}, and reads the measured window's figures back from the
 * run's {@code simulation.log} with Gatling's own reader, the one its reports are made from.
 */
final class GatlingRunner {

    private final BenchmarkSettings settings;
    private final GatlingConfiguration configuration = GatlingConfiguration$.MODULE$.load();

    GatlingRunner(BenchmarkSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs {@code simulation} with {@code input} and returns what its measured window did.
     *
     * @param phase a short name for the report's folder, e.g. "3-audited-read-direct"
     */
    PhaseResult run(String phase, String title, String process, String request,
                    Class<? extends Simulation> simulation, SimulationInput input) {
        System.out.println("[benchmark] " + title + ": " + request + " on " + process + " ...");
        Path report = settings.reportDir().resolve("gatling").resolve(phase);
        Path runs = report.resolveSibling(phase + ".running"); // Gatling makes its own folder in it
        deleteRecursively(runs);
        deleteRecursively(report);
        input.handToNextSimulation();
        int status = Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation", simulation.getName(),
            "--results-folder", runs.toString(),
            "--run-description", title + ": " + request + " on " + process});
        if (status != 0) {
            throw new IllegalStateException("Gatling ended the run of " + phase + " with status " + status);
        }
        moveTheOnlyRun(runs, report);
        PhaseResult result = read(report, title, process, request);
        System.out.printf(java.util.Locale.ROOT, "[benchmark] %s: %.0f 2xx/s, %d errors, p95 %d ms%n", title,
                result.okPerSecond(), result.errors(), result.p95Millis());
        return result;
    }

    /** The measured requests' figures; fails if the phase recorded none (it did not run). */
    private PhaseResult read(Path report, String title, String process, String request) {
        LogFileData data = LogFileReader.apply(report.getFileName().toString(), report.getParent(), configuration)
                .read();
        Option<String> measured = Option.apply(MeasuredLoad.MEASURED);
        Option<GeneralStats> all = data.requestGeneralStats(measured, Option.empty(), Option.empty());
        if (all.isEmpty() || all.get().count() == 0) {
            throw new IllegalStateException(title + " recorded no measured request: see " + report);
        }
        Option<GeneralStats> ok = data.requestGeneralStats(measured, Option.empty(), Option.<Status>apply(OK$.MODULE$));
        long okCount = ok.isEmpty() ? 0 : ok.get().count();
        Map<String, Integer> errorMessages = new LinkedHashMap<>();
        for (ErrorStats error : CollectionConverters.asJava(data.errors(measured, Option.empty()))) {
            errorMessages.put(error.message(), error.count());
        }
        GeneralStats stats = all.get();
        return new PhaseResult(title, process, request, settings.measured(), okCount, stats.count() - okCount,
                errorMessages, percentile(stats, 50), percentile(stats, 95), percentile(stats, 99), report);
    }

    private static int percentile(GeneralStats stats, double rank) {
        return (Integer) stats.percentile().apply(rank);
    }

    /** Gatling writes each run to a new folder named after the simulation and the time; the phase's name is kept. */
    private static void moveTheOnlyRun(Path runs, Path report) {
        try (Stream<Path> folders = Files.list(runs)) {
            List<Path> found = folders.filter(Files::isDirectory).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("Expected one Gatling run in " + runs + ", found " + found);
            }
            Files.createDirectories(report.getParent());
            Files.move(found.get(0), report);
            Files.delete(runs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
