package uk.yos.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Quarkus service devstack runs: one line each in {@link #ALL}. A service whose module is not in the checkout yet is
 * skipped, so adding a module is all it takes for {@code ./yos up} to start it. Services start in list order, so a
 * service comes after the ones it calls.
 *
 * @param name        service name, also its log file name and its REST-client config key in the services calling it
 * @param module      Maven module directory at the repository root
 * @param defaultPort HTTP port
 * @param portEnvVar  variable that overrides the port
 * @param database    its own database (and user) name, or null when it has none
 * @param calls       the services it calls: each gets {@code QUARKUS_REST_CLIENT_<NAME>_URL}
 * @param dataKeys    environment variables that must hold a 256-bit key (base64), generated once per checkout
 */
public record ServiceDefinition(String name, String module, int defaultPort, String portEnvVar, String database,
        List<String> calls, List<String> dataKeys) {

    private static final String CASE_SERVICE = "case-service";

    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition(CASE_SERVICE, "case-service", 8081, "YOS_CASE_SERVICE_PORT", "yos_cases",
                    List.of(), List.of()),
            new ServiceDefinition("referral-order-service", "referral-order-service", 8082,
                    "YOS_REFERRAL_ORDER_SERVICE_PORT", "yos_referral_orders", List.of(CASE_SERVICE), List.of()),
            new ServiceDefinition("victim-service", "victim-service", 8083, "YOS_VICTIM_SERVICE_PORT", "yos_victims",
                    List.of(CASE_SERVICE), List.of("YOS_VICTIMS_DATA_KEY")),
            new ServiceDefinition("prevention-service", "prevention-service", 8084, "YOS_PREVENTION_SERVICE_PORT",
                    "yos_prevention", List.of(CASE_SERVICE), List.of())
            // gateway (8080, YOS_GATEWAY_PORT, no database) also needs its upstream URLs: add it with its route config.
    );

    /** The environment variable Quarkus reads for the base URL of the REST client named after {@code service}. */
    public static String restClientUrlVariable(String service) {
        return "QUARKUS_REST_CLIENT_" + service.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL";
    }

    public static ServiceDefinition byName(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    public boolean presentIn(RepoLayout layout) {
        return Files.isRegularFile(layout.module(module).resolve("pom.xml"));
    }

    /** The fast-jar launcher Maven builds ({@code <module>/target/quarkus-app/quarkus-run.jar}). */
    public Path runJar(RepoLayout layout) {
        return layout.module(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
