package uk.yos.e2e.benchmark;

import static org.hamcrest.Matchers.equalTo;
import static uk.yos.e2e.Api.as;
import static uk.yos.e2e.Api.idempotencyKey;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.yos.devstack.ServiceDefinition;
import uk.yos.devstack.ServiceProcess;
import uk.yos.e2e.Api;
import uk.yos.e2e.Persona;
import uk.yos.e2e.Suite;
import uk.yos.e2e.SuiteExtension;

/**
 * What the gateway hop costs: requests per second and latency of case-service's {@code /q/health/live}, of reading
 * one young person from case-service directly and through the gateway, and of the gateway's own
 * {@code /q/health/live}; then the gateway's and case-service's resident memory. Writes
 * {@code target/benchmarks/gateway-hop.md} and prints it. A benchmark, not a test: it asserts only that the record
 * to read exists, never anything about the numbers. Runs only with {@code ./mvnw -B -pl e2e verify -Pbenchmark}.
 */
@ExtendWith(SuiteExtension.class)
@DisplayName("Benchmark: the gateway hop (report in target/benchmarks/gateway-hop.md)")
class GatewayHopBenchmark {

    private static final Persona READER = Persona.CASE_MANAGER_NORTH;
    private static final String RATE_LIMIT_VARIABLE = "YOS_GATEWAY_RATE_LIMIT_DEFAULT_REQUESTS_PER_MINUTE";

    @Test
    @DisplayName("measures the four phases and writes the report")
    void measureTheGatewayHop(Suite suite) throws IOException {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        ServiceProcess caseService = suite.stack().service(ServiceDefinition.CASE_SERVICE).orElseThrow();
        ServiceProcess gateway = suite.stack().service(ServiceDefinition.GATEWAY).orElseThrow();
        String readPath = "/api/v1/young-people/" + youngPersonToRead();

        LoadRun load = new LoadRun(settings);
        PhaseResult serviceHealth = measure(load, new Phase("(a) service health, direct", caseService.name(),
                URI.create(caseService.localBaseUrl() + "/q/health/live"), null));
        // Both read paths run once before either is measured: otherwise the read measured second would run on a
        // case-service the first one had warmed up further, and look faster than it is.
        measure(load, directRead(suite, caseService, readPath));
        measure(load, gatewayRead(suite, gateway, readPath));
        PhaseResult directRead = measure(load, directRead(suite, caseService, readPath));
        PhaseResult gatewayRead = measure(load, gatewayRead(suite, gateway, readPath));
        PhaseResult gatewayHealth = measure(load, new Phase("(d) gateway health", gateway.name(),
                URI.create(suite.gatewayUrl() + "/q/health/live"), null));
        List<ProcessMemory> memory = List.of(ProcessMemory.of(gateway), ProcessMemory.of(caseService));

        String report = new GatewayHopReport(MachineInfo.current(), settings, rateLimit(), serviceHealth, directRead,
                gatewayRead, gatewayHealth, memory).markdown();
        Files.createDirectories(settings.reportDir());
        Path file = settings.reportDir().resolve("gateway-hop.md");
        Files.writeString(file, report);
        System.out.println();
        System.out.println(report);
        System.out.println("[benchmark] Report written to " + file.toAbsolutePath());
    }

    private static Phase directRead(Suite suite, ServiceProcess caseService, String readPath) {
        return new Phase("(b) read, direct", caseService.name(), URI.create(caseService.localBaseUrl() + readPath),
                freshToken(suite));
    }

    private static Phase gatewayRead(Suite suite, ServiceProcess gateway, String readPath) {
        return new Phase("(c) read through the gateway", gateway.name(), URI.create(suite.gatewayUrl() + readPath),
                freshToken(suite));
    }

    /** A north child created through the gateway, read back once: the record every read phase asks for. */
    private static String youngPersonToRead() {
        String tag = Api.uniqueLetters(8);
        String id = as(READER).header("Idempotency-Key", idempotencyKey())
                .body(Map.of("localReference", "BENCH-" + tag, "givenName", "Bailey",
                        "familyName", "Benchmark" + tag.toLowerCase(),
                        "dateOfBirth", Api.today().minusYears(15).toString(), "gender", "NOT_STATED",
                        "ethnicity", "NOT_STATED", "localityCode", "CORBY",
                        "childInCare", false, "send", false, "ehcp", false))
                .post("/api/v1/young-people")
                .then().statusCode(201).extract().path("id");
        as(READER).get("/api/v1/young-people/{id}", id).then().statusCode(200).body("id", equalTo(id));
        return id;
    }

    /** A token fetched now, so it outlives the phase (the realm's tokens live 300 s; a phase stays under 280 s). */
    private static String freshToken(Suite suite) {
        return suite.keycloak().tokenFor(READER.username());
    }

    private static PhaseResult measure(LoadRun load, Phase phase) {
        System.out.println("[benchmark] " + phase + " ...");
        PhaseResult result = load.run(phase);
        System.out.printf(java.util.Locale.ROOT, "[benchmark] %s: %.0f 2xx/s, %d errors%n", phase.name(),
                result.okPerSecond(), result.errorCount());
        return result;
    }

    /** The limit the gateway was started with: the benchmark profile raises it, as one caller sends every request. */
    private static String rateLimit() {
        String raised = System.getenv(RATE_LIMIT_VARIABLE);
        return raised != null ? raised + " requests/minute (`" + RATE_LIMIT_VARIABLE + "`, set by the benchmark "
                + "profile: one caller sends every request, the limiter still runs)"
                : "600 requests/minute (the default: expect HTTP 429 errors in the gateway read)";
    }
}
