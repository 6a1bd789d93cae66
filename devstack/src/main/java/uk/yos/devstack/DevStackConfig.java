package uk.yos.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Everything {@code ./yos up} can be told through the environment, with its defaults:
 * <ul>
 *   <li>{@code YOS_KEYCLOAK_PORT} (8180), {@code YOS_DB_PORT} (3307), {@code YOS_GATEWAY_PORT} (8080),
 *       {@code YOS_CASE_SERVICE_PORT} (8081) and one port variable per further service ({@link ServiceDefinition#ALL});
 *       or all free ports ({@link #withFreePorts})</li>
 *   <li>{@code YOS_DB_URL}, {@code YOS_DB_USER}, {@code YOS_DB_PASSWORD}: an external MySQL instead of the embedded
 *       MariaDB</li>
 *   <li>{@code YOS_DEMO_PASSWORD}, {@code YOS_PARTNER_POLICE_SECRET}: otherwise generated once per checkout and kept
 *       in {@code .devstack/secrets.properties}</li>
 *   <li>{@code YOS_KEYCLOAK_DIST}: an unpacked Keycloak dist other than {@code devstack/target/keycloak/...}</li>
 *   <li>{@code YOS_OTLP_ENDPOINT}: an OTLP/HTTP collector (e.g. Jaeger's {@code http://localhost:4318}) every service
 *       and the gateway export their spans to; unset, none is exported</li>
 * </ul>
 */
public final class DevStackConfig {

    public static final int DEFAULT_KEYCLOAK_PORT = 8180;

    /** A service and the port it gets. */
    public record ServicePort(ServiceDefinition service, int port) {
    }

    private final RepoLayout layout;
    private final Map<String, String> env;
    private final int keycloakPort;
    private final int dbPort;
    private final List<ServicePort> services;
    private final List<ServiceDefinition> skipped;
    private final Duration serviceStartTimeout = Duration.ofMinutes(2);
    private final Duration keycloakStartTimeout = Duration.ofMinutes(4);

    private DevStackConfig(RepoLayout layout, Map<String, String> env, IntSupplier freePorts) {
        this.layout = layout;
        this.env = Map.copyOf(env);
        this.keycloakPort = freePorts != null ? freePorts.getAsInt()
                : Ports.fromEnv(env, "YOS_KEYCLOAK_PORT", DEFAULT_KEYCLOAK_PORT);
        this.dbPort = freePorts != null ? freePorts.getAsInt()
                : Ports.fromEnv(env, "YOS_DB_PORT", EmbeddedMariaDb.DEFAULT_PORT);
        List<ServicePort> present = new ArrayList<>();
        List<ServiceDefinition> absent = new ArrayList<>();
        for (ServiceDefinition s : ServiceDefinition.ALL) {
            if (s.presentIn(layout)) {
                int port = freePorts != null ? freePorts.getAsInt() : Ports.fromEnv(env, s.portEnvVar(), s.defaultPort());
                present.add(new ServicePort(s, port));
            } else {
                absent.add(s);
            }
        }
        this.services = List.copyOf(present);
        this.skipped = List.copyOf(absent);
    }

    /** Ports from the environment (the {@code YOS_*_PORT} variables) or the fixed defaults: what {@code ./yos up} uses. */
    public static DevStackConfig from(RepoLayout layout, Map<String, String> env) {
        return new DevStackConfig(layout, env, null);
    }

    /**
     * Every port (database, Keycloak, each service, the gateway) picked free by the OS and distinct, ignoring the
     * port variables: for a stack that must run beside a developer's {@code ./yos up} (e.g. the e2e tests). There is
     * a short window before each part binds its port; {@link #checkPorts()} still runs at start.
     */
    public static DevStackConfig withFreePorts(RepoLayout layout, Map<String, String> env) {
        Set<Integer> taken = new HashSet<>();
        return new DevStackConfig(layout, env, () -> {
            for (int attempt = 0; attempt < 100; attempt++) {
                int port = Ports.freePort();
                if (taken.add(port)) {
                    return port;
                }
            }
            throw new DevStackException("Cannot find distinct free ports");
        });
    }

    public RepoLayout layout() {
        return layout;
    }

    public Map<String, String> env() {
        return env;
    }

    public int keycloakPort() {
        return keycloakPort;
    }

    public int dbPort() {
        return dbPort;
    }

    public boolean externalDatabase() {
        String url = env.get("YOS_DB_URL");
        return url != null && !url.isBlank();
    }

    /** The OTLP/HTTP collector every service and the gateway export spans to ({@code YOS_OTLP_ENDPOINT}), if set. */
    public Optional<String> otlpEndpoint() {
        String endpoint = env.get("YOS_OTLP_ENDPOINT");
        return endpoint == null || endpoint.isBlank() ? Optional.empty() : Optional.of(endpoint.trim());
    }

    public List<ServicePort> services() {
        return services;
    }

    /** The port of a service (or the gateway) that is part of this configuration. */
    public Optional<Integer> portOf(String service) {
        return services.stream().filter(sp -> sp.service().name().equals(service)).map(ServicePort::port).findFirst();
    }

    /** Services of the list whose module is not in this checkout. */
    public List<ServiceDefinition> skippedServices() {
        return skipped;
    }

    public Duration serviceStartTimeout() {
        return serviceStartTimeout;
    }

    public Duration keycloakStartTimeout() {
        return keycloakStartTimeout;
    }

    /** Fails before anything starts if a port is taken, naming the port and the variable that moves it. */
    public void checkPorts() {
        if (!externalDatabase()) {
            Ports.requireFree(dbPort, "embedded MariaDB", "YOS_DB_PORT");
        }
        Ports.requireFree(keycloakPort, "Keycloak", "YOS_KEYCLOAK_PORT");
        for (ServicePort sp : services) {
            Ports.requireFree(sp.port(), sp.service().name(), sp.service().portEnvVar());
        }
        List<Integer> all = new ArrayList<>();
        if (!externalDatabase()) {
            all.add(dbPort);
        }
        all.add(keycloakPort);
        services.forEach(sp -> all.add(sp.port()));
        if (all.stream().distinct().count() != all.size()) {
            throw new DevStackException("Two parts of the stack are set to the same port: " + all);
        }
    }
}
