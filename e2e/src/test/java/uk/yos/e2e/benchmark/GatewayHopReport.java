package uk.yos.e2e.benchmark;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.yos.devstack.ServiceJvm;

/** The Markdown report of one run: machine, settings, the four phases, the budgets met or not, the memory. */
final class GatewayHopReport {

    /**
     * The performance budgets: a read through the gateway reaches at least half of the service's own
     * {@code /q/health/live} requests per second and at least 90% of the same read sent to the service directly (the
     * hop costs at most 10%), and every JVM's peak RSS stays under 300 MB.
     */
    static final double MIN_GATEWAY_READ_PER_SERVICE_HEALTH = 0.5;
    static final double MIN_GATEWAY_READ_PER_DIRECT_READ = 0.9;
    static final double MAX_RSS_MB = 300;

    private final MachineInfo machine;
    private final BenchmarkSettings settings;
    private final String rateLimit;
    private final PhaseResult serviceHealth;
    private final PhaseResult directRead;
    private final PhaseResult gatewayRead;
    private final PhaseResult gatewayHealth;
    private final List<ProcessMemory> memory;

    GatewayHopReport(MachineInfo machine, BenchmarkSettings settings, String rateLimit, PhaseResult serviceHealth,
                     PhaseResult directRead, PhaseResult gatewayRead, PhaseResult gatewayHealth,
                     List<ProcessMemory> memory) {
        this.machine = machine;
        this.settings = settings;
        this.rateLimit = rateLimit;
        this.serviceHealth = serviceHealth;
        this.directRead = directRead;
        this.gatewayRead = gatewayRead;
        this.gatewayHealth = gatewayHealth;
        this.memory = memory;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: the gateway hop\n\n");
        md.append("A benchmark, not a test: nothing here fails the build. The budgets are the README's (\"Tests\", "
                + "the Benchmarks paragraph).\n\n");

        md.append("## Machine\n\n");
        md.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- Cores: ").append(machine.cores()).append(" (").append(machine.cpuModel()).append(")\n");
        md.append("- Memory: ").append(machine.memoryMb()).append(" MB\n");
        md.append("- OS: ").append(machine.os()).append('\n');
        md.append("- JDK: ").append(machine.jdk()).append(" (the services and the gateway run on the same JDK)\n\n");

        md.append("## Settings\n\n");
        md.append("- Each phase: ").append(settings.warmUp().toSeconds()).append(" s warm-up (not counted), then ")
                .append(settings.measured().toSeconds()).append(" s measured; the phases run one after another, and both reads run once (not counted) before either "
                        + "is measured, so that neither gains from a JIT the other warmed.\n");
        md.append("- ").append(settings.clients()).append(" concurrent clients (platform threads), each sending its "
                + "next GET as soon as the previous answer has arrived, over one `java.net.http.HttpClient` "
                + "(HTTP/1.1, keep-alive).\n");
        md.append("- One young person, created by case-manager-north through the gateway; the reads use a token of "
                + "case-manager-north, fetched from Keycloak when the phase starts and reused for the whole phase.\n");
        md.append("- Every read of a young person is audited by case-service (a database write per read): that "
                + "cost is part of both read phases.\n");
        md.append("- Gateway rate limit per caller during the run: ").append(rateLimit).append(".\n");
        md.append("- Everything runs on this one machine: the load generator, MariaDB, Keycloak, the four services "
                + "and the gateway share its cores.\n");
        md.append("- Throughput counts only 2xx answers; latencies are of every request in the measured window, "
                + "errors included.\n\n");

        md.append("## Phases\n\n");
        md.append("| Phase | Process | Request | 2xx/s | p50 ms | p95 ms | p99 ms | 2xx | Errors |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (PhaseResult p : List.of(serviceHealth, directRead, gatewayRead, gatewayHealth)) {
            md.append(String.format(Locale.ROOT, "| %s | %s | `GET %s` | %.0f | %.2f | %.2f | %.2f | %d | %s |%n",
                    p.name(), p.process(), p.path(), p.okPerSecond(), p.latencyMillis(0.50), p.latencyMillis(0.95),
                    p.latencyMillis(0.99), p.ok(), errors(p)));
        }
        md.append('\n');

        md.append("## Budgets\n\n");
        md.append("| Ratio (2xx/s) | Value | Budget | |\n");
        md.append("|---|---:|---:|---|\n");
        ratio(md, "gateway read / service health", gatewayRead, serviceHealth, MIN_GATEWAY_READ_PER_SERVICE_HEALTH);
        ratio(md, "gateway read / direct read", gatewayRead, directRead, MIN_GATEWAY_READ_PER_DIRECT_READ);
        md.append('\n');

        md.append("## Memory after the load\n\n");
        md.append("| Process | pid | RSS now (VmRSS) | Peak RSS (VmHWM) | Budget | |\n");
        md.append("|---|---:|---:|---:|---:|---|\n");
        for (ProcessMemory m : memory) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.0f MB | %.0f MB | < %.0f MB | %s |%n", m.service(),
                    m.pid(), m.rssMb(), m.peakRssMb(), MAX_RSS_MB, m.peakRssMb() < MAX_RSS_MB ? "met" : "**not met**"));
        }
        md.append("\nEach JVM runs with `" + String.join(" ", ServiceJvm.OPTIONS) + "` and its class-data archive "
                + "(devstack's `ServiceJvm`, as `./yos up` and the images run it); the verdict is on the peak since it "
                + "started.\n");
        return md.toString();
    }

    private static void ratio(StringBuilder md, String label, PhaseResult of, PhaseResult to, double budget) {
        double value = of.okPerSecond() / to.okPerSecond();
        md.append(String.format(Locale.ROOT, "| %s | %.2f | >= %.2f | %s |%n", label, value, budget,
                value >= budget ? "met" : "**not met**"));
    }

    private static String errors(PhaseResult p) {
        if (p.errors().isEmpty()) {
            return "0";
        }
        return p.errorCount() + " (" + p.errors().entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }
}
