package uk.yos.e2e.benchmark;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.yos.devstack.ServiceDefinition;
import uk.yos.devstack.ServiceJvm;

/**
 * The whole of {@code benchmarks/RESULTS.md}, from one run's figures: when, where and what was measured, every goal
 * with its figure and "met" or "not met", every phase, and a link to each phase's Gatling report. The analysis of the
 * figures is written by hand in {@value #PROFILE_FILE}, which the benchmark never touches.
 */
final class BenchmarkReport {

    /** Relative to the checkout. */
    static final String RESULTS_FILE = "benchmarks/RESULTS.md";
    static final String PROFILE_FILE = "benchmarks/PROFILE.md";

    // The goals, as the issue tracker states them.
    static final double MIN_AUDITED_READ_PER_CEILING = 0.08;
    static final int MAX_AUDITED_READ_P99_MILLIS = 15;
    static final double MIN_GATEWAY_PER_DIRECT = 0.90;
    static final double MAX_CASE_SERVICE_RSS_MB = 300;
    static final double MAX_START_TO_READY_SECONDS = 2.0;
    static final int MAX_LIST_P95_MILLIS = 50;
    static final int LIST_GOAL_CHILDREN = 100_000;
    static final double MAX_TRACING_COST = 0.05;

    private final ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
    private final MachineInfo machine;
    private final GitRevision revision;
    private final BenchmarkSettings settings;
    private final String gatewayRateLimit;
    private final BenchmarkFigures figures;
    private final Path checkout;

    BenchmarkReport(MachineInfo machine, GitRevision revision, BenchmarkSettings settings, String gatewayRateLimit,
                    BenchmarkFigures figures, Path checkout) {
        this.machine = machine;
        this.revision = revision;
        this.settings = settings;
        this.gatewayRateLimit = gatewayRateLimit;
        this.figures = figures;
        this.checkout = checkout;
    }

    /** The report as a file in {@code folder} shows it: its links are relative to that folder. */
    String markdown(Path folder) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written whole by the benchmark (`./mvnw -B -pl e2e -am verify -Pbenchmark`, see the README's "
                + "\"Tests\") from the figures of one run; a rerun replaces it. What the figures mean, the profiles "
                + "and what was done about each goal are in [PROFILE.md](")
                .append(link(folder, checkout.resolve(PROFILE_FILE))).append(").\n\n");
        md.append("- **Date**: ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append('\n');
        md.append("- **Commit**: ").append(revision.describe()).append('\n');
        md.append("- **Machine**: ").append(machine.cores()).append(" cores (").append(machine.cpuModel())
                .append("), ").append(machine.memoryMb()).append(" MB, ").append(machine.os()).append(", ")
                .append(machine.jdk()).append(". The load generator (Gatling, in the test JVM), MariaDB, Keycloak, "
                        + "the four services and the gateway all ran on it.\n");
        md.append("- **Settings**: ").append(settings.users()).append(" concurrent users per phase (a closed "
                + "workload: each sends its next request when its answer has arrived), ")
                .append(settings.warmUp().toSeconds()).append(" s of warm-up not measured, then ")
                .append(settings.measured().toSeconds()).append(" s measured; a population of ")
                .append(String.format(Locale.ROOT, "%,d children and %,d cases", figures.population().children(),
                        figures.population().cases()))
                .append(" for the lists; the gateway's rate limit per caller ").append(gatewayRateLimit)
                .append(".\n\n");

        goals(md);
        phases(md, folder);
        profiles(md);
        memoryAndStart(md);
        method(md);
        return md.toString();
    }

    private void goals(StringBuilder md) {
        md.append("## Goals\n\n");
        md.append("| goal | figure | target | |\n|---|---:|---:|---|\n");
        PhaseResult ceiling = figures.ceiling();
        PhaseResult direct = figures.directRead();
        double directPerCeiling = direct.okPerSecond() / ceiling.okPerSecond();
        goal(md, "audited read, direct, against the ceiling", String.format(Locale.ROOT, "%.3f (%,.0f / %,.0f 2xx/s)",
                directPerCeiling, direct.okPerSecond(), ceiling.okPerSecond()),
                String.format(Locale.ROOT, "at least %.2f", MIN_AUDITED_READ_PER_CEILING),
                directPerCeiling >= MIN_AUDITED_READ_PER_CEILING);
        goal(md, "audited read, direct, p99", direct.p99Millis() + " ms", "at most " + MAX_AUDITED_READ_P99_MILLIS
                + " ms", direct.p99Millis() <= MAX_AUDITED_READ_P99_MILLIS);
        double gatewayPerDirect = figures.gatewayRead().okPerSecond() / direct.okPerSecond();
        goal(md, "audited read through the gateway, against direct", String.format(Locale.ROOT,
                "%.2f (%,.0f / %,.0f 2xx/s)", gatewayPerDirect, figures.gatewayRead().okPerSecond(),
                direct.okPerSecond()), String.format(Locale.ROOT, "at least %.2f", MIN_GATEWAY_PER_DIRECT),
                gatewayPerDirect >= MIN_GATEWAY_PER_DIRECT);
        ProcessMemory caseService = figures.memory().stream()
                .filter(m -> m.service().equals(ServiceDefinition.CASE_SERVICE)).findFirst().orElseThrow();
        goal(md, "case-service resident memory after the load (peak)", String.format(Locale.ROOT, "%.0f MB",
                caseService.peakRssMb()), String.format(Locale.ROOT, "at most %.0f MB", MAX_CASE_SERVICE_RSS_MB),
                caseService.peakRssMb() <= MAX_CASE_SERVICE_RSS_MB);
        double startSeconds = figures.start().toReady().toMillis() / 1000.0;
        goal(md, figures.start().service() + " start to ready, alone", String.format(Locale.ROOT, "%.2f s",
                startSeconds), String.format(Locale.ROOT, "at most %.1f s", MAX_START_TO_READY_SECONDS),
                startSeconds <= MAX_START_TO_READY_SECONDS);
        String population = figures.population().children() >= LIST_GOAL_CHILDREN ? ""
                : String.format(Locale.ROOT, " (at %,d children, not the goal's %,d)",
                        figures.population().children(), LIST_GOAL_CHILDREN);
        for (PhaseResult list : figures.lists()) {
            goal(md, list.title() + ", p95", list.p95Millis() + " ms" + population, "at most " + MAX_LIST_P95_MILLIS
                    + " ms", list.p95Millis() <= MAX_LIST_P95_MILLIS);
        }
        goal(md, "cost of tracing (export off) in audited reads per second", String.format(Locale.ROOT,
                "%.1f%% (%,.0f with, %,.0f without 2xx/s)", figures.tracingCost() * 100,
                figures.tracingOn().okPerSecond(), figures.tracingOff().okPerSecond()),
                String.format(Locale.ROOT, "under %.0f%%", MAX_TRACING_COST * 100),
                figures.tracingCost() < MAX_TRACING_COST);
        md.append('\n');
    }

    private static void goal(StringBuilder md, String goal, String figure, String target, boolean met) {
        md.append("| ").append(goal).append(" | ").append(figure).append(" | ").append(target).append(" | ")
                .append(met ? "met" : "**not met**").append(" |\n");
    }

    private void phases(StringBuilder md, Path folder) {
        md.append("## Phases\n\n");
        md.append("Latencies are of every measured request, errors included, in whole milliseconds (Gatling's "
                + "resolution); throughput counts 2xx answers only. The ceiling is case-service's "
                + "`/q/health/live`.\n\n");
        md.append("| phase | process | request | 2xx/s | errors | p50 ms | p95 ms | p99 ms | / ceiling | Gatling "
                + "report |\n|---|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        double ceiling = figures.ceiling().okPerSecond();
        for (PhaseResult p : figures.phases()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %,.0f | %s | %d | %d | %d | %.3f | [report](%s) |%n",
                    p.title(), p.process(), p.request(), p.okPerSecond(), errors(p), p.p50Millis(), p.p95Millis(),
                    p.p99Millis(), p.okPerSecond() / ceiling, link(folder, p.report().resolve("index.html"))));
        }
        md.append('\n');
    }

    private void profiles(StringBuilder md) {
        md.append("## Where the CPU time goes in the audited read\n\n");
        md.append("A JFR recording (the JDK's `profile` settings) of each process during one more run of the "
                + "audited read after every measured phase and the memory reading (direct for case-service, "
                + "through the gateway for the gateway), so the recording's own cost is in none of the figures "
                + "above. A sample passes through several libraries, so those shares add up to more than 100%; "
                + "its own share counts each sample once, for the library of its innermost frame that belongs to "
                + "one.\n\n");
        figures.profiles().forEach(profile -> md.append(profile.markdown()).append('\n'));
    }

    private void memoryAndStart(StringBuilder md) {
        md.append("## Memory after the load, and start time\n\n");
        md.append("| process | resident now (VmRSS) | peak (VmHWM) |\n|---|---:|---:|\n");
        for (ProcessMemory m : figures.memory()) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f MB | %.0f MB |%n", m.service(), m.rssMb(),
                    m.peakRssMb()));
        }
        StartTime start = figures.start();
        md.append('\n').append(String.format(Locale.ROOT, "A further %s, started alone after the load (the stack "
                + "idle): ready %.2f s after its process started (asked every %d ms); Quarkus's own \"started "
                + "in\": %s.%n%n", start.service(), start.toReady().toMillis() / 1000.0, StartTime.POLL_MILLIS,
                start.quarkusStartedIn().map(d -> String.format(Locale.ROOT, "%.3f s", d.toMillis() / 1000.0))
                        .orElse("not found in its log")));
        md.append("Every service runs with `").append(String.join(" ", ServiceJvm.OPTIONS)).append("` and its "
                + "class-data archive (devstack's `ServiceJvm`, as `./yos up` and the images run it).\n\n");
    }

    private static void method(StringBuilder md) {
        md.append("## How it was measured\n\n");
        md.append("""
                - Every phase is one Gatling simulation, run in the test JVM against the suite devstack started \
                (embedded MariaDB, Keycloak, the services from their built jars); its requests go to the service \
                directly unless the phase says the gateway.
                - Each read of a young person, and each list of them, is audited by case-service (a database write \
                per read): that cost is part of those phases.
                - The audited read runs once direct and once through the gateway, neither measured, before either \
                is measured, so that neither gains from a JIT the other warmed.
                - The write: each user owns one child, reads it once for its ETag, then replaces it again and again \
                with `If-Match` (a new preferred name each time), taking the new ETag from each answer.
                - The lists: the default list and the name search as head-of-service (every child), the same list \
                as the north case manager (their team's children), the case list as head-of-service, and the north \
                out-of-court team's work due in the next 14 days and overdue (`GET /api/v1/work`), as its operations \
                manager.
                - Tracing: two fresh case-services on the same database, one as configured (tracing on, nothing \
                exported) and one with `QUARKUS_OTEL_SDK_DISABLED=true`, one after the other: each started, warmed \
                by one unmeasured run, measured and stopped before the other starts.
                """);
    }

    private static String errors(PhaseResult p) {
        if (p.errors() == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%,d", p.errors()) + " (" + p.errorMessages().entrySet().stream()
                .map(e -> e.getKey().replace("|", "\\|") + " x" + e.getValue()).collect(Collectors.joining(", "))
                + ")";
    }

    private static String link(Path from, Path to) {
        return from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString();
    }
}
