package uk.yos.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Quarkus service devstack runs: one line each in {@link #ALL}. A service whose module is not in the checkout yet is
 * skipped, so adding a module is all it takes for {@code ./yos up} to start it.
 *
 * @param name       service name, also its log file name
 * @param module     Maven module directory at the repository root
 * @param defaultPort HTTP port
 * @param portEnvVar variable that overrides the port
 * @param database   its own database (and user) name, or null when it has none
 */
public record ServiceDefinition(String name, String module, int defaultPort, String portEnvVar, String database) {

    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("case-service", "case-service", 8081, "YOS_CASE_SERVICE_PORT", "yos_cases"),
            new ServiceDefinition("referral-order-service", "referral-order-service", 8082,
                    "YOS_REFERRAL_ORDER_SERVICE_PORT", "yos_referral_orders"),
            new ServiceDefinition("victim-service", "victim-service", 8083, "YOS_VICTIM_SERVICE_PORT", "yos_victims"),
            new ServiceDefinition("prevention-service", "prevention-service", 8084, "YOS_PREVENTION_SERVICE_PORT",
                    "yos_prevention")
            // gateway (8080, YOS_GATEWAY_PORT, no database) also needs its upstream URLs: add it with its route config.
    );

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
