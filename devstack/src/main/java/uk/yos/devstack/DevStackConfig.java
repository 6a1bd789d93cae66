package uk.yos.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code ./yos up} can be told through the environment, with its defaults:
 * <ul>
 *   <li>{@code YOS_KEYCLOAK_PORT} (8180), {@code YOS_DB_PORT} (3307), {@code YOS_CASE_SERVICE_PORT} (8081) and one
 *       port variable per further service ({@link ServiceDefinition#ALL})</li>
 *   <li>{@code YOS_DB_URL}, {@code YOS_DB_USER}, {@code YOS_DB_PASSWORD}: an external MySQL instead of the embedded
 *       MariaDB</li>
 *   <li>{@code YOS_DEMO_PASSWORD}, {@code YOS_PARTNER_POLICE_SECRET}: otherwise generated once per checkout and kept
 *       in {@code .devstack/secrets.properties}</li>
 *   <li>{@code YOS_KEYCLOAK_DIST}: an unpacked Keycloak dist other than {@code devstack/target/keycloak/...}</li>
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

    private DevStackConfig(RepoLayout layout, Map<String, String> env) {
        this.layout = layout;
        this.env = Map.copyOf(env);
        this.keycloakPort = Ports.fromEnv(env, "YOS_KEYCLOAK_PORT", DEFAULT_KEYCLOAK_PORT);
        this.dbPort = Ports.fromEnv(env, "YOS_DB_PORT", EmbeddedMariaDb.DEFAULT_PORT);
        List<ServicePort> present = new ArrayList<>();
        List<ServiceDefinition> absent = new ArrayList<>();
        for (ServiceDefinition s : ServiceDefinition.ALL) {
            if (s.presentIn(layout)) {
                present.add(new ServicePort(s, Ports.fromEnv(env, s.portEnvVar(), s.defaultPort())));
            } else {
                absent.add(s);
            }
        }
        this.services = List.copyOf(present);
        this.skipped = List.copyOf(absent);
    }

    public static DevStackConfig from(RepoLayout layout, Map<String, String> env) {
        return new DevStackConfig(layout, env);
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

    public List<ServicePort> services() {
        return services;
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
