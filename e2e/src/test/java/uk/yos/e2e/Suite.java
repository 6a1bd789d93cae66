package uk.yos.e2e;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.yos.devstack.DemoStaffLoader;
import uk.yos.devstack.DevStack;
import uk.yos.devstack.DevStackConfig;
import uk.yos.devstack.KeycloakServer;
import uk.yos.devstack.PidRegistry;
import uk.yos.devstack.Processes;
import uk.yos.devstack.RepoLayout;
import uk.yos.devstack.ServiceDefinition;
import uk.yos.devstack.ServiceProcess;

/**
 * The whole suite, started once per test run with devstack and shared by every test class (through
 * {@link SuiteExtension}): embedded MariaDB, Keycloak from the dist with the dev realm, the four services and the
 * gateway, each on a free port, with everything it writes in its own state directory
 * ({@code e2e/target/e2e-stack}: databases, Keycloak home, logs, secrets, pids), never the checkout's
 * {@code .devstack/}. So a developer's {@code ./yos up} keeps running beside it, and {@code ./yos down} does not see
 * it. The state directory is emptied at each start (fresh databases and secrets), after stopping whatever a killed
 * earlier run left recorded in it.
 */
public final class Suite implements AutoCloseable {

    private static final PrintStream OUT = System.out;
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(120); // the realm's tokens live 300 s

    private static Suite running;
    private static RuntimeException startFailure;

    private final DevStack stack;
    private final String gatewayUrl;
    private final TraceReceiver traces;
    private final Map<Persona, CachedToken> tokens = new EnumMap<>(Persona.class);

    private record CachedToken(String token, long fetchedAt) {
    }

    private Suite(DevStack stack, String gatewayUrl, TraceReceiver traces) {
        this.stack = stack;
        this.gatewayUrl = gatewayUrl;
        this.traces = traces;
    }

    /** The running suite, started on first use; a start that failed fails every later caller at once. */
    public static synchronized Suite get() {
        if (running != null) {
            return running;
        }
        if (startFailure != null) {
            throw new IllegalStateException("The suite did not start (see the first failure): "
                    + startFailure.getMessage(), startFailure);
        }
        try {
            running = start();
            return running;
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }

    private static Suite start() {
        RepoLayout checkout = RepoLayout.locate();
        Path stateDir = Path.of(System.getProperty("yos.e2e.state-dir",
                checkout.module("e2e").resolve("target/e2e-stack").toString()));
        RepoLayout layout = checkout.withStateDir(stateDir);
        prepareStateDir(layout);

        Map<String, String> env = new LinkedHashMap<>();
        // Only what says where things are; never YOS_DB_URL (that would be a developer's own MySQL) or their secrets.
        String dist = System.getenv("YOS_KEYCLOAK_DIST");
        if (dist != null && !dist.isBlank()) {
            env.put("YOS_KEYCLOAK_DIST", dist);
        }
        // Every service and the gateway export their spans to a receiver in this JVM (TracingTest reads them), unless
        // -Dyos.e2e.trace-export=false (the benchmarks measure the default, with no endpoint).
        TraceReceiver traces = Boolean.parseBoolean(System.getProperty("yos.e2e.trace-export", "true"))
                ? TraceReceiver.start() : null;
        if (traces != null) {
            env.put("YOS_OTLP_ENDPOINT", traces.endpoint());
        }
        DevStackConfig config = DevStackConfig.withFreePorts(layout, env);
        if (config.portOf(ServiceDefinition.GATEWAY).isEmpty()) {
            throw new IllegalStateException("No gateway module in " + checkout.root() + ": the e2e tests call only the"
                    + " gateway.");
        }
        List<String> skipped = config.skippedServices().stream().map(ServiceDefinition::name).toList();
        if (!skipped.isEmpty()) {
            throw new IllegalStateException("Modules missing from the checkout: " + skipped);
        }
        DevStack stack = new DevStack(config, message -> OUT.println("[e2e-stack] " + message));
        // Also stop everything when the JVM is told to exit (e.g. a CI timeout ends the test JVM).
        Thread hook = new Thread(stack::close, "e2e-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long started = System.nanoTime();
        try {
            stack.start();
        } catch (RuntimeException e) {
            // devstack has stopped what it had started; its message ends with the failing part's log tail.
            System.err.println();
            System.err.println("[e2e-stack] THE SUITE DID NOT START: " + e.getMessage());
            printOtherLogTails(layout, e.getMessage());
            removeHook(hook);
            if (traces != null) {
                traces.close();
            }
            throw e;
        }
        ServiceProcess gateway = stack.service(ServiceDefinition.GATEWAY).orElseThrow();
        OUT.println("[e2e-stack] Suite up in " + Duration.ofNanos(System.nanoTime() - started).toSeconds()
                + " s; gateway " + gateway.localBaseUrl() + ", Keycloak " + stack.keycloak().localBaseUrl()
                + ", state in " + layout.stateDir());
        GatewayDocuments.install(gateway.localBaseUrl());
        // The demo case managers and operations managers hold cases: case-service's staff register must know them.
        new DemoStaffLoader(gateway.localBaseUrl(), stack.keycloak()::tokenFor,
                message -> OUT.println("[e2e-stack] " + message)).load();
        return new Suite(stack, gateway.localBaseUrl(), traces);
    }

    /** Stops a stack an earlier, killed run left recorded in this state directory, then empties it. */
    private static void prepareStateDir(RepoLayout layout) {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            if (Files.exists(layout.pidsFile())) {
                new PidRegistry(layout.pidsFile()).down().forEach(line -> OUT.println("[e2e-stack] earlier run: " + line));
            }
            if (Files.exists(layout.stateDir())) {
                try (Stream<Path> paths = Files.walk(layout.stateDir())) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            Files.createDirectories(layout.stateDir());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare " + layout.stateDir() + ": " + e.getMessage(), e);
        }
    }

    /** The failing part's log is in the exception; show the others' last lines too (e.g. an upstream's error). */
    private static void printOtherLogTails(RepoLayout layout, String message) {
        if (!Files.isDirectory(layout.logsDir())) {
            return;
        }
        try (Stream<Path> logs = Files.list(layout.logsDir())) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                if (message != null && message.contains(log.toString())) {
                    continue;
                }
                System.err.println("[e2e-stack] ---- last lines of " + log + " ----");
                System.err.println(Processes.tail(log, 15));
            }
        } catch (IOException e) {
            // nothing more to show
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    /** {@code http://127.0.0.1:<port>} of the gateway: the only address the tests call. */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    public KeycloakServer keycloak() {
        return stack.keycloak();
    }

    public DevStack stack() {
        return stack;
    }

    /** The spans the suite exported, unless it was started with {@code -Dyos.e2e.trace-export=false}. */
    public Optional<TraceReceiver> traces() {
        return Optional.ofNullable(traces);
    }

    /** A request to the gateway: JSON in and out, no credentials. */
    public RequestSpecification spec() {
        return new RequestSpecBuilder().setBaseUri(gatewayUrl).setContentType(ContentType.JSON)
                .setAccept(ContentType.JSON).build();
    }

    /** An access token from the suite's Keycloak (reused for two minutes; they live five). */
    public synchronized String token(Persona persona) {
        if (!persona.hasToken()) {
            throw new IllegalArgumentException(persona + " has no token");
        }
        CachedToken cached = tokens.get(persona);
        long now = System.nanoTime();
        if (cached == null || now - cached.fetchedAt() > TOKEN_REUSE.toNanos()) {
            KeycloakServer kc = stack.keycloak();
            String token = persona.isClient()
                    ? kc.clientCredentialsToken(persona.username(), kc.partnerPoliceSecret())
                    : kc.tokenFor(persona.username());
            cached = new CachedToken(token, now);
            tokens.put(persona, cached);
        }
        return cached.token();
    }

    /** Stops the suite (JUnit calls this once every test class has run, also after failures). */
    @Override
    public void close() {
        synchronized (Suite.class) {
            running = null;
        }
        stack.close();
        if (traces != null) {
            traces.close();
        }
    }
}
