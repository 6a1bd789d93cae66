package uk.yos.e2e.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.yos.devstack.ServiceDefinition;
import uk.yos.devstack.ServiceProcess;
import uk.yos.devstack.seed.SeedOptions;
import uk.yos.e2e.Persona;
import uk.yos.e2e.Suite;
import uk.yos.e2e.SuiteExtension;

/**
 * The suite's speed, in one run so that every ratio comes from the same machine at the same time: case-service's
 * ceiling, an unaudited and an audited read, the same read through the gateway, a write, the lists at a large
 * population, the cost of tracing, then memory after the load and the start time of a service alone. Each phase is a
 * Gatling simulation ({@link GatlingRunner}); the figures go to {@code benchmarks/RESULTS.md} (and a copy in
 * {@code target/benchmarks}), each phase's Gatling report to {@code target/benchmarks/gatling/<phase>/}.
 * A benchmark, not a test: it asserts that its data exists and that every phase ran, never anything about the
 * numbers. Runs only with {@code -Pbenchmark}.
 */
@ExtendWith(SuiteExtension.class)
@DisplayName("Benchmark: the suite's throughput, latency, memory and start time (writes benchmarks/RESULTS.md)")
class SuiteBenchmark {

    private static final Persona READER = Persona.CASE_MANAGER_NORTH;
    private static final Persona EVERY_CHILD = Persona.HEAD_OF_SERVICE;
    /** A seeded family name ("Specimen" + "ford"): a few hundred of 100,000 children. */
    private static final String NAME_SEARCH = "/api/v1/young-people?name=Specimenford";
    /** The seeded north out-of-court team's work list, as its operations manager reads it. */
    private static final Persona TEAM_MANAGER = Persona.OPERATIONS_MANAGER_NORTH;
    private static final String TEAM_WORK = "/api/v1/work?teamCode=NORTH_OOC&view=";
    private static final String RATE_LIMIT_VARIABLE = "YOS_GATEWAY_RATE_LIMIT_DEFAULT_REQUESTS_PER_MINUTE";

    @Test
    @DisplayName("measures every phase and writes benchmarks/RESULTS.md")
    void measureTheSuite(Suite suite) throws IOException {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        ServiceProcess caseService = suite.stack().service(ServiceDefinition.CASE_SERVICE).orElseThrow();
        ServiceProcess gateway = suite.stack().service(ServiceDefinition.GATEWAY).orElseThrow();
        String direct = caseService.localBaseUrl();
        GatlingRunner gatling = new GatlingRunner(settings);

        List<BenchmarkChild> children = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            children.add(BenchmarkChild.create(READER));
        }
        String readPath = children.get(0).path();

        Reads reads = new Reads(gatling, settings, suite);
        PhaseResult ceiling = reads.run("1-ceiling", "ceiling: health, direct", caseService, direct,
                "/q/health/live", null);
        PhaseResult unaudited = reads.run("2-unaudited-read", "unaudited read, direct", caseService, direct,
                "/api/v1/reference-data/teams", READER);

        // Both read paths run once before either is measured: otherwise the read measured second would run on a
        // case-service the first one had warmed up further, and look faster than it is.
        reads.run("3-audited-read-direct-unmeasured", "audited read, direct (not measured)", caseService, direct,
                readPath, READER);
        reads.run("4-audited-read-gateway-unmeasured", "audited read through the gateway (not measured)", gateway,
                suite.gatewayUrl(), readPath, READER);
        PhaseResult directRead = reads.run("3-audited-read-direct", "audited read, direct", caseService, direct,
                readPath, READER);
        PhaseResult gatewayRead = reads.run("4-audited-read-gateway", "audited read through the gateway", gateway,
                suite.gatewayUrl(), readPath, READER);

        PhaseResult write = gatling.run("5-write", "write: replace a young person with If-Match", caseService.name(),
                "PUT /api/v1/young-people/{id}", YoungPersonUpdateSimulation.class,
                new SimulationInput(settings, direct, null, token(suite, READER), children));

        SeedOptions population = SeededPopulation.load(suite.stack(), settings.children());
        SeededPopulation.assertListed(population, NAME_SEARCH);
        List<PhaseResult> lists = List.of(
                reads.run("6a-list", "list of young people (default)", caseService, direct, "/api/v1/young-people",
                        EVERY_CHILD),
                reads.run("6b-name-search", "name search", caseService, direct, NAME_SEARCH, EVERY_CHILD),
                reads.run("6c-team-list", "list of young people as a case manager", caseService, direct,
                        "/api/v1/young-people", READER),
                reads.run("6d-case-list", "list of cases", caseService, direct, "/api/v1/cases", EVERY_CHILD),
                reads.run("6e-team-work-due", "a team's work due in the next 14 days", caseService, direct,
                        TEAM_WORK + "DUE&withinDays=14", TEAM_MANAGER),
                reads.run("6f-team-work-overdue", "a team's overdue work", caseService, direct,
                        TEAM_WORK + "OVERDUE", TEAM_MANAGER));

        Tracing tracing = tracingOnAndOff(suite, reads, readPath);

        List<ProcessMemory> memory = List.of(ProcessMemory.of(caseService), ProcessMemory.of(gateway));
        // Profiled only now: a JFR recording's buffers would count in the resident memory just read.
        List<CpuProfile> profiles = List.of(
                profiled(settings, caseService, "3p-audited-read-direct-profiled", phase -> reads.run(phase,
                        "audited read, direct (profiled)", caseService, direct, readPath, READER)),
                profiled(settings, gateway, "4p-audited-read-gateway-profiled", phase -> reads.run(phase,
                        "audited read through the gateway (profiled)", gateway, suite.gatewayUrl(), readPath, READER)));

        StartTime start = StartTime.measure(suite.stack(), ServiceDefinition.CASE_SERVICE);

        BenchmarkFigures figures = new BenchmarkFigures(ceiling, unaudited, directRead, gatewayRead, write,
                population, lists, tracing.on(), tracing.off(), memory, start, profiles);
        write(settings, figures, suite.stack().config().layout().root());
    }

    /**
     * Phases of repeated GETs of one path, each with a token fetched as it starts (the realm's tokens live 300 s; a
     * phase stays under 280 s). A read of a young person is reported as the route, not the child's id.
     */
    private record Reads(GatlingRunner gatling, BenchmarkSettings settings, Suite suite) {

        PhaseResult run(String phase, String title, ServiceProcess process, String baseUrl, String pathAndQuery,
                        Persona caller) {
            String request = "GET " + pathAndQuery.replaceFirst("^/api/v1/young-people/[^/?]+$",
                    "/api/v1/young-people/{id}");
            String bearerToken = caller == null ? null : token(suite, caller);
            return gatling.run(phase, title, process.name(), request, RepeatedGetSimulation.class,
                    SimulationInput.read(settings, baseUrl, pathAndQuery, bearerToken));
        }
    }

    /**
     * One more, unmeasured run of a phase while the process is recorded with JFR: the recording has a cost of its
     * own, so it never runs during a measured phase.
     */
    private static CpuProfile profiled(BenchmarkSettings settings, ServiceProcess process, String phase,
                                       Consumer<String> runPhase) {
        Path recording;
        try {
            recording = Files.createDirectories(settings.reportDir()).resolve(phase + ".jfr");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CpuProfile.Running running = CpuProfile.Running.start(process.name(), ProcessMemory.jvmPid(process.handle()),
                recording);
        runPhase.accept(phase);
        return running.stop();
    }

    /**
     * The audited read on two fresh case-services on the same database, one as configured (tracing on, nothing
     * exported) and one with the OpenTelemetry SDK switched off. Fresh, both: the suite's own case-service has been
     * warmed by every phase before, and would look faster. One after the other, each warmed and measured alone: a
     * JVM warmed just before keeps compiling for a while after its warm-up, and took from the CPU of the other one
     * measured beside it (measured so, tracing seemed to cost 27% while the suite's traced case-service served as
     * many reads as the one without the SDK).
     */
    private static Tracing tracingOnAndOff(Suite suite, Reads reads, String readPath) {
        PhaseResult on = freshCaseService(suite, reads, "case-service-traced", Map.of(), "7a-traced",
                "audited read, tracing on, export off", readPath);
        PhaseResult off = freshCaseService(suite, reads, "case-service-untraced",
                Map.of("QUARKUS_OTEL_SDK_DISABLED", "true"), "7b-untraced", "audited read, OpenTelemetry SDK off",
                readPath);
        return new Tracing(on, off);
    }

    /** Starts another case-service, warms it with the read (not measured), measures it, and stops it. */
    private static PhaseResult freshCaseService(Suite suite, Reads reads, String name, Map<String, String> environment,
                                                String phase, String title, String readPath) {
        ServiceProcess instance = suite.stack().startAnotherInstance(ServiceDefinition.CASE_SERVICE, name,
                environment);
        try {
            reads.run(phase + "-unmeasured", title + " (not measured)", instance, instance.localBaseUrl(), readPath,
                    READER);
            return reads.run(phase, title, instance, instance.localBaseUrl(), readPath, READER);
        } finally {
            instance.stop(Duration.ofSeconds(20));
        }
    }

    private record Tracing(PhaseResult on, PhaseResult off) {
    }

    /** A token fetched now, so it outlives the phase (the realm's tokens live 300 s; a phase stays under 280 s). */
    private static String token(Suite suite, Persona persona) {
        return suite.keycloak().tokenFor(persona.username());
    }

    private static void write(BenchmarkSettings settings, BenchmarkFigures figures, Path checkout)
            throws IOException {
        BenchmarkReport report = new BenchmarkReport(MachineInfo.current(), GitRevision.of(checkout), settings,
                rateLimit(), figures, checkout);
        Path results = checkout.resolve(BenchmarkReport.RESULTS_FILE);
        Path copy = settings.reportDir().resolve("RESULTS.md");
        Files.createDirectories(settings.reportDir());
        Files.writeString(results, report.markdown(results.getParent()));
        Files.writeString(copy, report.markdown(copy.getParent()));
        System.out.println();
        System.out.println(Files.readString(copy));
        System.out.println("[benchmark] Results written to " + results + " and " + copy);
    }

    /** The limit the gateway was started with: the benchmark profile raises it, as one caller sends every request. */
    private static String rateLimit() {
        String raised = System.getenv(RATE_LIMIT_VARIABLE);
        return raised != null ? raised + " requests/minute (`" + RATE_LIMIT_VARIABLE + "`, set by the benchmark "
                + "profile: one caller sends every request; the limiter still runs)"
                : "600 requests/minute (the default: expect 429 errors through the gateway)";
    }
}
