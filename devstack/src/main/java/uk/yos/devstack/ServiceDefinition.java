package uk.yos.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Quarkus service devstack runs: one line each in {@link #ALL}. A service whose module is not in the checkout yet is
 * skipped, so adding a module is all it takes for {@code ./yos up} to start it. Services start in list order, so a
 * service comes after the ones it calls or routes to (the gateway is last).
 *
 * @param name        service name, also its log file name and its REST-client config key in the services calling it
 * @param module      Maven module directory at the repository root
 * @param defaultPort HTTP port
 * @param portEnvVar  variable that overrides the port
 * @param database    its own database (and user) name, or null when it has none
 * @param calls       the services it calls: each gets {@code QUARKUS_REST_CLIENT_<NAME>_URL}; they must start before
 * @param upstreams   the services it routes requests to (the gateway): each running one gets
 *                    {@code YOS_GATEWAY_UPSTREAMS_<NAME>_URL}; they start before it, and one whose module is not in the
 *                    checkout is left out (the gateway answers for its routes itself)
 * @param dataKeys    environment variables that must hold a 256-bit key (base64), generated once per checkout
 * @param publicUrlVariable the variable that tells it the address callers use ({@code http://localhost:<port>}),
 *                    e.g. for the servers of the OpenAPI documents it serves; null when it needs none
 */
public record ServiceDefinition(String name, String module, int defaultPort, String portEnvVar, String database,
        List<String> calls, List<String> upstreams, List<String> dataKeys, String publicUrlVariable) {

    public static final String CASE_SERVICE = "case-service";
    public static final String REFERRAL_ORDER_SERVICE = "referral-order-service";
    public static final String VICTIM_SERVICE = "victim-service";
    public static final String PREVENTION_SERVICE = "prevention-service";
    public static final String GATEWAY = "gateway";

    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition(CASE_SERVICE, "case-service", 8081, "YOS_CASE_SERVICE_PORT", "yos_cases",
                    List.of(), List.of(), List.of(), null),
            new ServiceDefinition(REFERRAL_ORDER_SERVICE, "referral-order-service", 8082,
                    "YOS_REFERRAL_ORDER_SERVICE_PORT", "yos_referral_orders", List.of(CASE_SERVICE), List.of(),
                    List.of(), null),
            new ServiceDefinition(VICTIM_SERVICE, "victim-service", 8083, "YOS_VICTIM_SERVICE_PORT", "yos_victims",
                    List.of(CASE_SERVICE), List.of(), List.of("YOS_VICTIMS_DATA_KEY"), null),
            new ServiceDefinition(PREVENTION_SERVICE, "prevention-service", 8084, "YOS_PREVENTION_SERVICE_PORT",
                    "yos_prevention", List.of(CASE_SERVICE), List.of(), List.of(), null),
            // The one public entry point: no database, routes to every service, so it starts last.
            new ServiceDefinition(GATEWAY, "gateway", 8080, "YOS_GATEWAY_PORT", null, List.of(),
                    List.of(CASE_SERVICE, REFERRAL_ORDER_SERVICE, VICTIM_SERVICE, PREVENTION_SERVICE), List.of(),
                    "YOS_GATEWAY_PUBLIC_URL")
    );

    public ServiceDefinition {
        calls = List.copyOf(calls);
        upstreams = List.copyOf(upstreams);
        dataKeys = List.copyOf(dataKeys);
    }

    /** The environment variable Quarkus reads for the base URL of the REST client named after {@code service}. */
    public static String restClientUrlVariable(String service) {
        return "QUARKUS_REST_CLIENT_" + envName(service) + "_URL";
    }

    /** The environment variable the gateway reads for the base URL of the upstream {@code service}. */
    public static String upstreamUrlVariable(String service) {
        return "YOS_GATEWAY_UPSTREAMS_" + envName(service) + "_URL";
    }

    private static String envName(String service) {
        return service.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /**
     * The variables telling this service where the services it calls and routes to are: one
     * {@link #restClientUrlVariable} per called service (which must be running: fails otherwise) and one
     * {@link #upstreamUrlVariable} per upstream that is running (others are left out).
     *
     * @param running base URLs of the services started so far, by name
     */
    public java.util.Map<String, String> wiring(java.util.Map<String, String> running) {
        java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
        for (String called : calls) {
            String url = running.get(called);
            if (url == null) {
                throw new DevStackException(name + " calls " + called + ", which is not running (not part of this "
                        + "checkout, or listed after " + name + " in ServiceDefinition.ALL)");
            }
            env.put(restClientUrlVariable(called), url);
        }
        for (String upstream : upstreams) {
            String url = running.get(upstream);
            if (url != null) {
                env.put(upstreamUrlVariable(upstream), url);
            }
        }
        return env;
    }

    /** The upstreams of this service that are not in {@code running} (to tell the user what is left unrouted). */
    public List<String> missingUpstreams(java.util.Set<String> running) {
        return upstreams.stream().filter(u -> !running.contains(u)).toList();
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
