package uk.yos.e2e.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        String readRequest = "GET /api/v1/young-people/{id}";

        PhaseResult ceiling = gatling.run("1-ceiling", "ceiling: health, direct", caseService.name(),
                "GET /q/health/live", RepeatedGetSimulation.class,
                SimulationInput.read(settings, direct, "/q/health/live", null));
        PhaseResult unaudited = gatling.run("2-unaudited-read", "unaudited read, direct", caseService.name(),
                "GET /api/v1/reference-data/teams", RepeatedGetSimulation.class,
                SimulationInput.read(settings, direct, "/api/v1/reference-data/teams", token(suite, READER)));

        // Both read paths run once before either is measured: otherwise the read measured second would run on a
        // case-service the first one had warmed up further, and look faster than it is.
        gatling.run("3-audited-read-direct-unmeasured", "audited read, direct (not measured)", caseService.name(),
                readRequest, RepeatedGetSimulation.class, SimulationInput.read(settings, direct, readPath,
                        token(suite, READER)));
        gatling.run("4-audited-read-gateway-unmeasured", "audited read through the gateway (not measured)",
                gateway.name(), readRequest, RepeatedGetSimulation.class,
                SimulationInput.read(settings, suite.gatewayUrl(), readPath, token(suite, READER)));
        PhaseResult directRead = gatling.run("3-audited-read-direct", "audited read, direct", caseService.name(),
                readRequest, RepeatedGetSimulation.class, SimulationInput.read(settings, direct, readPath,
                        token(suite, READER)));
        PhaseResult gatewayRead = gatling.run("4-audited-read-gateway", "audited read through the gateway",
                gateway.name(), readRequest, RepeatedGetSimulation.class,
                SimulationInput.read(settings, suite.gatewayUrl(), readPath, token(suite, READER)));

        PhaseResult write = gatling.run("5-write", "write: replace a young person with If-Match", caseService.name(),
                "PUT /api/v1/young-people/{id}", YoungPersonUpdateSimulation.class,
                new SimulationInput(settings, direct, null, token(suite, READER), children));

        SeedOptions population = SeededPopulation.load(suite.stack(), settings.children());
        SeededPopulation.assertListed(population, NAME_SEARCH);
        List<PhaseResult> lists = List.of(
                list(gatling, settings, caseService, "6a-list", "list of young people (default)",
                        "/api/v1/young-people", token(suite, EVERY_CHILD)),
                list(gatling, settings, caseService, "6b-name-search", "name search", NAME_SEARCH,
                        token(suite, EVERY_CHILD)),
                list(gatling, settings, caseService, "6c-team-list", "list of young people as a case manager",
                        "/api/v1/young-people", token(suite, READER)),
                list(gatling, settings, caseService, "6d-case-list", "list of cases", "/api/v1/cases",
                        token(suite, EVERY_CHILD)));

        Tracing tracing = tracingOnAndOff(suite, gatling, settings, readPath, readRequest);

        List<ProcessMemory> memory = List.of(ProcessMemory.of(caseService), ProcessMemory.of(gateway));
        // Profiled only now: a JFR recording's buffers would count in the resident memory just read.
        List<CpuProfile> profiles = List.of(
                profiled(gatling, caseService, "3p-audited-read-direct-profiled", "audited read, direct (profiled)",
                        readRequest, SimulationInput.read(settings, direct, readPath, token(suite, READER))),
                profiled(gatling, gateway, "4p-audited-read-gateway-profiled",
                        "audited read through the gateway (profiled)", readRequest,
                        SimulationInput.read(settings, suite.gatewayUrl(), readPath, token(suite, READER))));

        StartTime start = StartTime.measure(suite.stack(), ServiceDefinition.CASE_SERVICE);

        BenchmarkFigures figures = new BenchmarkFigures(ceiling, unaudited, directRead, gatewayRead, write,
                population, lists, tracing.on(), tracing.off(), memory, start, profiles);
        write(settings, figures, suite.stack().config().layout().root());
    }

    private static PhaseResult list(GatlingRunner gatling, BenchmarkSettings settings, ServiceProcess caseService,
                                    String phase, String title, String pathAndQuery, String token) {
        return gatling.run(phase, title, caseService.name(), "GET " + pathAndQuery, RepeatedGetSimulation.class,
                SimulationInput.read(settings, caseService.localBaseUrl(), pathAndQuery, token));
    }

    /**
     * One more, unmeasured run of a phase while the process is recorded with JFR: the recording has a cost of its
     * own, so it never runs during a measured phase.
     */
    private static CpuProfile profiled(GatlingRunner gatling, ServiceProcess process, String phase, String title,
                                       String request, SimulationInput input) {
        Path recording;
        try {
            recording = Files.createDirectories(input.settings().reportDir()).resolve(phase + ".jfr");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CpuProfile.Running running = CpuProfile.Running.start(process.name(), ProcessMemory.jvmPid(process.handle()),
                recording);
        gatling.run(phase, title, process.name(), request, RepeatedGetSimulation.class, input);
        return running.stop();
    }

    /**
     * The audited read on two fresh case-services on the same database, one as configured (tracing on, nothing
     * exported) and one with the OpenTelemetry SDK switched off, each warmed the same way, then measured back to
     * back. Fresh, both: the suite's own case-service has been warmed by every phase before, and would look faster.
     */
    private static Tracing tracingOnAndOff(Suite suite, GatlingRunner gatling, BenchmarkSettings settings,
                                           String readPath, String readRequest) {
        ServiceProcess traced = suite.stack().startAnotherInstance(ServiceDefinition.CASE_SERVICE,
                "case-service-traced", Map.of());
        ServiceProcess untraced = suite.stack().startAnotherInstance(ServiceDefinition.CASE_SERVICE,
                "case-service-untraced", Map.of("QUARKUS_OTEL_SDK_DISABLED", "true"));
        try {
            gatling.run("7-traced-unmeasured", "audited read, tracing on (not measured)", traced.name(),
                    readRequest, RepeatedGetSimulation.class, SimulationInput.read(settings,
                            traced.localBaseUrl(), readPath, token(suite, READER)));
            gatling.run("7-untraced-unmeasured", "audited read, tracing off (not measured)", untraced.name(),
                    readRequest, RepeatedGetSimulation.class, SimulationInput.read(settings,
                            untraced.localBaseUrl(), readPath, token(suite, READER)));
            PhaseResult on = gatling.run("7a-traced", "audited read, tracing on, export off", traced.name(),
                    readRequest, RepeatedGetSimulation.class, SimulationInput.read(settings,
                            traced.localBaseUrl(), readPath, token(suite, READER)));
            PhaseResult off = gatling.run("7b-untraced", "audited read, OpenTelemetry SDK off", untraced.name(),
                    readRequest, RepeatedGetSimulation.class, SimulationInput.read(settings,
                            untraced.localBaseUrl(), readPath, token(suite, READER)));
            return new Tracing(on, off);
        } finally {
            traced.stop(Duration.ofSeconds(20));
            untraced.stop(Duration.ofSeconds(20));
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
