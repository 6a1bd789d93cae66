package uk.yos.devstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole suite on this machine: database, then Keycloak, then the services, then the gateway, each waited for.
 * {@link #close()} stops exactly what was started, in reverse order. The pids go to the state directory's
 * {@code pids} file ({@code .devstack/pids} by default) for {@code ./yos down}.
 */
public final class DevStack implements AutoCloseable {

    /** The service's setting ({@code yos.tracing.otlp-endpoint}) that {@code YOS_OTLP_ENDPOINT} is passed on as. */
    static final String OTLP_ENDPOINT_VARIABLE = "YOS_TRACING_OTLP_ENDPOINT";

    private final DevStackConfig config;
    private final Consumer<String> log;
    private final PidRegistry pids;
    private final Secrets secrets;
    private final Consumer<Processes.Started> recorder;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    private DatabaseServer database;
    private KeycloakServer keycloak;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private volatile boolean closing;
    private volatile boolean recording;
    private boolean closed;

    public DevStack(DevStackConfig config, Consumer<String> log) {
        this.config = config;
        this.log = log;
        this.pids = new PidRegistry(config.layout().pidsFile());
        this.secrets = Secrets.load(config.layout().secretsFile());
        this.recorder = s -> pids.record(s.handle(), s.label(), s.marker());
    }

    /** Starts everything and waits until it is ready; on failure stops what it had started and rethrows. */
    public DevStack start() {
        config.checkPorts();
        Processes.addListener(recorder);
        pids.startWithCurrentProcess();
        recording = true;
        try {
            startDatabase();
            startKeycloak();
            for (DevStackConfig.ServicePort sp : config.services()) {
                startService(sp);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    private void checkNotClosing() {
        if (closing) {
            throw new DevStackException("Stopped while starting.");
        }
    }

    private void startDatabase() {
        checkNotClosing();
        DatabaseServer external = DatabaseServer.externalFromEnv(config.env());
        if (external != null) {
            log.accept("Database: " + external.description());
            database = external;
        } else {
            log.accept("Starting embedded MariaDB on 127.0.0.1:" + config.dbPort() + " ...");
            EmbeddedMariaDb db = EmbeddedMariaDb.start(config.layout().mariaDbDir(), config.dbPort(),
                    secrets.getOrCreate("db.admin.password"));
            database = db;
            db.processes().forEach(p -> pids.record(p, PidRegistry.MARIADB_LABEL, config.layout().mariaDbDir().toString()));
            log.accept("Database: " + db.description());
        }
        started.add(database);
    }

    private void startKeycloak() {
        checkNotClosing();
        Path logFile = freshLog("keycloak");
        log.accept("Starting Keycloak on http://localhost:" + config.keycloakPort() + " (about 15 s, 40 s on first use; log "
                + logFile + ") ...");
        KeycloakOptions options = KeycloakOptions.builder()
                .port(config.keycloakPort())
                .realm(realm(config))
                .homeDir(config.layout().keycloakHome())
                .distDir(distDir())
                .demoPassword(secrets.fromEnvOrStored(config.env(), Secrets.DEMO_PASSWORD))
                .partnerPoliceSecret(secrets.fromEnvOrStored(config.env(), Secrets.PARTNER_POLICE_SECRET))
                .adminPassword(secrets.getOrCreate(Secrets.KEYCLOAK_ADMIN_PASSWORD))
                .startTimeout(config.keycloakStartTimeout())
                .logFile(logFile)
                .build();
        keycloak = KeycloakServer.start(options);
        started.add(keycloak);
        keycloak.processes().stream().skip(1)
                .forEach(p -> pids.record(p, "keycloak-jvm", config.layout().keycloakHome().toString()));
        log.accept("Keycloak ready in " + keycloak.startTime().toSeconds() + " s: " + keycloak.issuerUrl());
    }

    /**
     * The dev realm; with a gateway in this checkout, its Swagger UI on this stack's gateway port may sign people in
     * too (a redirect URI and web origin of yos-web, {@link RealmFiles#devRealm(String)}).
     */
    static ObjectNode realm(DevStackConfig config) {
        return config.portOf(ServiceDefinition.GATEWAY).map(port -> RealmFiles.devRealm(publicUrl(port)))
                .orElseGet(RealmFiles::devRealm);
    }

    /** The address a browser on this machine uses for a service or the gateway on {@code port}. */
    static String publicUrl(int port) {
        return "http://localhost:" + port;
    }

    private Path distDir() {
        String explicit = config.env().get("YOS_KEYCLOAK_DIST");
        return explicit != null && !explicit.isBlank() ? Path.of(explicit)
                : config.layout().keycloakDist(KeycloakServer.keycloakVersion());
    }

    private void startService(DevStackConfig.ServicePort sp) {
        checkNotClosing();
        ServiceDefinition s = sp.service();
        s.missingUpstreams(services.keySet()).forEach(missing ->
                log.accept(s.name() + ": " + missing + " is not in this checkout, so its routes have no upstream."));
        ServiceProcess process = launch(s, s.name(), sp.port(), Map.of());
        services.put(s.name(), process);
        process.awaitReady(config.serviceStartTimeout());
        log.accept(s.name() + " ready: " + process.baseUrl());
    }

    /**
     * Starts another instance of a running service beside it: a free port, the same database and configuration,
     * its own log ({@code <name>.log}); for a test that must stop or kill one instance while the stack runs on.
     * {@link #close()} stops it with the rest.
     */
    public ServiceProcess startAnotherInstance(String service, String name) {
        return startAnotherInstance(service, name, Map.of());
    }

    /**
     * As {@link #startAnotherInstance(String, String)}, with {@code extraEnv} on top of the service's configuration
     * (e.g. {@code QUARKUS_OTEL_SDK_DISABLED=true}: the same service with one feature switched off).
     */
    public ServiceProcess startAnotherInstance(String service, String name, Map<String, String> extraEnv) {
        ServiceProcess process = launchAnotherInstance(service, name, extraEnv);
        process.awaitReady(config.serviceStartTimeout());
        log.accept(name + " ready: " + process.baseUrl());
        return process;
    }

    /**
     * As {@link #startAnotherInstance(String, String, Map)}, but returns as soon as the process is started, without
     * waiting for it to be ready: for a caller that times the start itself ({@link ServiceProcess#awaitReady}).
     */
    public ServiceProcess launchAnotherInstance(String service, String name, Map<String, String> extraEnv) {
        checkNotClosing();
        if (!services.containsKey(service)) {
            throw new DevStackException(service + " is not running in this stack");
        }
        return launch(ServiceDefinition.byName(service), name, Ports.freePort(), extraEnv);
    }

    /**
     * Starts one process of {@code s} on {@code port}, wired to what runs already, with {@code extraEnv} last (it
     * wins); does not wait for it.
     */
    private ServiceProcess launch(ServiceDefinition s, String name, int port, Map<String, String> extraEnv) {
        Map<String, String> running = new LinkedHashMap<>();
        services.forEach((serviceName, process) -> running.put(serviceName, process.localBaseUrl()));
        Map<String, String> env = serviceEnvironment(s, port, keycloak.issuerUrl(), running);
        if (s.database() != null) {
            String password = secrets.getOrCreate(Secrets.databasePasswordKey(s.database()));
            DatabaseProvisioner.Credentials db = DatabaseProvisioner.provision(database, s.database(), password);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
            env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        }
        for (String key : s.dataKeys()) {
            env.put(key, secrets.fromEnvOrStoredKey(config.env(), key));
        }
        config.otlpEndpoint().ifPresent(endpoint -> env.put(OTLP_ENDPOINT_VARIABLE, endpoint));
        env.putAll(extraEnv);
        Path logFile = freshLog(name);
        log.accept("Starting " + name + " on http://localhost:" + port + " (log " + logFile + ") ...");
        ServiceProcess process = ServiceProcess.start(name, s.runJar(config.layout()), port, env, logFile);
        started.add(process);
        return process;
    }

    /**
     * A service's configuration apart from its database and data keys: its port on 127.0.0.1, the realm that issues
     * the tokens it checks, where the services it calls or routes to run, and its public address when it needs one.
     *
     * @param running base URLs of the services already started, by name
     */
    static Map<String, String> serviceEnvironment(ServiceDefinition s, int port, String issuerUrl,
                                                  Map<String, String> running) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuerUrl);
        env.putAll(s.wiring(running));
        if (s.publicUrlVariable() != null) {
            env.put(s.publicUrlVariable(), publicUrl(port));
        }
        return env;
    }

    private Path freshLog(String name) {
        Path logFile = config.layout().logsDir().resolve(name + ".log");
        try {
            Files.createDirectories(logFile.getParent());
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(name + ".log.1"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // appending to the old log is fine too
        }
        return logFile;
    }

    public DevStackConfig config() {
        return config;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public DatabaseServer database() {
        return database;
    }

    public Map<String, ServiceProcess> services() {
        return Collections.unmodifiableMap(services);
    }

    /** A started service (or the gateway) by name, e.g. {@code service(ServiceDefinition.GATEWAY)}. */
    public java.util.Optional<ServiceProcess> service(String name) {
        return java.util.Optional.ofNullable(services.get(name));
    }

    public Secrets secrets() {
        return secrets;
    }

    /** Stops what was started, last first; then anything this JVM started that is still alive. Idempotent. */
    @Override
    public void close() {
        closing = true;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (!recording) {
            return; // never started (e.g. a port was taken): leave an earlier stack's .devstack/pids alone
        }
        List<AutoCloseable> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
        }
        Collections.reverse(toStop);
        for (AutoCloseable c : toStop) {
            if (c instanceof ExternalDatabase) {
                continue;
            }
            try {
                log.accept("Stopping " + describe(c) + " ...");
                c.close();
            } catch (Exception e) {
                log.accept("Could not stop " + describe(c) + ": " + e.getMessage());
            }
        }
        for (ProcessHandle leftover : Processes.stillRunning()) {
            log.accept("Stopping leftover process " + leftover.pid() + " ...");
            Processes.stopTree(leftover, Duration.ofSeconds(10));
        }
        Processes.removeListener(recorder);
        pids.delete();
        log.accept("Stopped.");
    }

    private static String describe(AutoCloseable c) {
        if (c instanceof ServiceProcess s) {
            return s.name();
        }
        if (c instanceof KeycloakServer) {
            return "Keycloak";
        }
        if (c instanceof DatabaseServer d) {
            return d.description();
        }
        return c.toString();
    }
}
