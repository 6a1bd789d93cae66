package uk.yos.devstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A Keycloak started from the unpacked {@code keycloak-quarkus-dist} with the YOS realm imported, for devstack and
 * for JUnit tests of any module:
 *
 * <pre>{@code
 * try (KeycloakServer kc = KeycloakServer.start(KeycloakOptions.builder().build())) {   // free port, dev realm
 *     String issuer = kc.issuerUrl();                      // http://localhost:<port>/realms/yos
 *     String token = kc.tokenFor("case-manager-north");    // password grant on yos-dev-cli, demo password
 *     String police = kc.clientCredentialsToken("yos-partner-police", kc.partnerPoliceSecret());
 * }
 * }</pre>
 * It runs {@code bin/kc.sh start-dev --http-host=127.0.0.1 --http-port=<port> --hostname=http://localhost:<port>
 * --import-realm} in a private home (see {@link KeycloakHome}); the fixed hostname keeps the issuer stable whatever
 * address a request uses. Start-up takes about 15 s, plus about 20 s the first time a dist is used.
 */
public final class KeycloakServer implements AutoCloseable {

    /** The dev-only public client with the password grant. */
    public static final String DEV_CLI_CLIENT = "yos-dev-cli";

    private final int port;
    private final Process process;
    private final KeycloakHome home;
    private final boolean temporaryHome;
    private final Path logFile;
    private final String demoPassword;
    private final String partnerPoliceSecret;
    private final String adminUsername;
    private final String adminPassword;
    private final TokenClient tokens;
    private volatile Duration startTime;
    private volatile boolean keepHome;
    private volatile boolean closed;

    private KeycloakServer(int port, Process process, KeycloakHome home, boolean temporaryHome, Path logFile,
                           KeycloakOptions options, String demoPassword, String partnerPoliceSecret,
                           String adminPassword) {
        this.port = port;
        this.process = process;
        this.home = home;
        this.temporaryHome = temporaryHome;
        this.logFile = logFile;
        this.demoPassword = demoPassword;
        this.partnerPoliceSecret = partnerPoliceSecret;
        this.adminUsername = options.adminUsername();
        this.adminPassword = adminPassword;
        this.tokens = new TokenClient(localUrl(port) + "/realms/" + RealmFiles.REALM + "/protocol/openid-connect/token");
    }

    /** Starts Keycloak with all defaults (free port, dev realm, temporary home) and waits until the realm answers. */
    public static KeycloakServer start() {
        return start(KeycloakOptions.builder().build());
    }

    /** Starts Keycloak and waits until the yos realm answers; fails with the end of Keycloak's log if it does not. */
    public static KeycloakServer start(KeycloakOptions options) {
        Path dist = options.distDir() != null ? options.distDir() : defaultDist();
        if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
            throw new DevStackException("No Keycloak dist at " + dist + ". Unpack it with: ./mvnw -B -q -pl devstack "
                    + "generate-resources (or point -Dyos.keycloak.dist / YOS_KEYCLOAK_DIST at an unpacked dist).");
        }
        int port = options.port() == 0 ? Ports.freePort() : options.port();
        Ports.requireFree(port, "Keycloak", "YOS_KEYCLOAK_PORT");

        boolean temporaryHome = options.homeDir() == null;
        Path homeDir;
        try {
            homeDir = temporaryHome ? Files.createTempDirectory("yos-keycloak-") : options.homeDir();
        } catch (IOException e) {
            throw new DevStackException("Cannot create a temporary Keycloak home: " + e.getMessage(), e);
        }
        KeycloakHome home = new KeycloakHome(dist, homeDir);
        home.prepare();

        String demoPassword = options.demoPassword() != null ? options.demoPassword() : Secrets.generate(20);
        String policeSecret = options.partnerPoliceSecret() != null ? options.partnerPoliceSecret() : Secrets.generate(32);
        String adminPassword = options.adminPassword() != null ? options.adminPassword() : Secrets.generate(20);
        checkDemoPassword(demoPassword);
        ObjectNode realm = options.realm() != null ? options.realm() : RealmFiles.devRealm();
        RealmFiles.writeImportFile(realm, home.importDir());

        Path logFile = options.logFile() != null ? options.logFile() : home.home().resolve("keycloak.log");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", options.adminUsername());
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        // Substituted by Keycloak for ${...} placeholders of the imported realm file.
        env.put(Secrets.PARTNER_POLICE_SECRET, policeSecret);
        env.put(Secrets.DEMO_PASSWORD, demoPassword);
        // kc.sh keeps its other JVM defaults and only takes the heap settings from here.
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx" + options.maxHeap());
        env.put("JAVA", Processes.javaExecutable());
        List<String> command = new ArrayList<>(List.of(
                home.kcSh().toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--import-realm"));
        long started = System.nanoTime();
        Process process = Processes.start("keycloak", home.home().toString(), command, home.home(), env,
                List.of("KC_", "KEYCLOAK_", "QUARKUS_", "JAVA_OPTS", "JAVA_ADD_OPENS", "JAVA_TOOL_OPTIONS", "DEBUG"),
                logFile);
        KeycloakServer server = new KeycloakServer(port, process, home, temporaryHome, logFile, options,
                demoPassword, policeSecret, adminPassword);
        try {
            server.awaitReady(options.startTimeout());
        } catch (RuntimeException e) {
            server.keepHome = true; // keep the log for diagnosis
            server.close();
            throw e;
        }
        server.startTime = Duration.ofNanos(System.nanoTime() - started);
        home.saveBuildForLaterRuns();
        return server;
    }

    /**
     * The unpacked dist: {@code -Dyos.keycloak.dist}, else {@code YOS_KEYCLOAK_DIST}, else
     * {@code devstack/target/keycloak/keycloak-<version>} of the checkout this process runs in.
     */
    public static Path defaultDist() {
        String explicit = System.getProperty("yos.keycloak.dist", System.getenv("YOS_KEYCLOAK_DIST"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return RepoLayout.locate().keycloakDist(keycloakVersion());
    }

    /** The Keycloak version this build of devstack was made for. */
    public static String keycloakVersion() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("devstack.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String version = p.getProperty("keycloak.version");
            if (version == null || version.startsWith("${")) {
                throw new DevStackException("devstack.properties lacks keycloak.version: rebuild devstack with Maven.");
            }
            return version;
        } catch (IOException e) {
            throw new DevStackException("Cannot read devstack.properties: " + e.getMessage(), e);
        }
    }

    private static void checkDemoPassword(String password) {
        // The realm's password policy: length(12) and maxLength(128); Keycloak would otherwise refuse the import.
        if (password.length() < 12 || password.length() > 128) {
            throw new DevStackException(Secrets.DEMO_PASSWORD + " must be 12 to 128 characters long (realm password policy).");
        }
    }

    private void awaitReady(Duration timeout) {
        String probe = localUrl(port) + "/realms/" + RealmFiles.REALM + "/.well-known/openid-configuration";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new DevStackException("Keycloak exited with code " + process.exitValue() + " before it was ready. "
                        + "End of " + logFile + ":" + System.lineSeparator() + Processes.tail(logFile, 40));
            }
            if (Http.probe(probe) == 200) {
                return;
            }
            Processes.sleep(500);
        }
        throw new DevStackException("Keycloak was not ready within " + timeout.toSeconds() + " s (" + probe + "). End of "
                + logFile + ":" + System.lineSeparator() + Processes.tail(logFile, 40));
    }

    private static String localUrl(int port) {
        // Keycloak listens on 127.0.0.1 only; "localhost" could resolve to ::1 first.
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>}: the fixed hostname Keycloak puts in its tokens and metadata. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** {@code http://localhost:<port>/realms/yos}: the {@code iss} of every token and the OIDC auth-server URL. */
    public String issuerUrl() {
        return baseUrl() + "/realms/" + RealmFiles.REALM;
    }

    public String tokenEndpoint() {
        return issuerUrl() + "/protocol/openid-connect/token";
    }

    public TokenClient tokens() {
        return tokens;
    }

    /** Access token of a demo user (password grant on yos-dev-cli with the demo password). */
    public String tokenFor(String username) {
        return tokenFor(username, demoPassword);
    }

    /** Access token by password grant on yos-dev-cli. */
    public String tokenFor(String username, String password) {
        return tokens.password(DEV_CLI_CLIENT, username, password);
    }

    /** Access token by client-credentials grant (e.g. yos-partner-police with {@link #partnerPoliceSecret()}). */
    public String clientCredentialsToken(String clientId, String secret) {
        return tokens.clientCredentials(clientId, secret);
    }

    /** Token of the bootstrap admin (master realm, admin-cli) for the admin REST API. */
    public String adminToken() {
        String endpoint = localUrl(port) + "/realms/master/protocol/openid-connect/token";
        return new TokenClient(endpoint).password("admin-cli", adminUsername, adminPassword);
    }

    /** Base URL for requests from this JVM (127.0.0.1, the address Keycloak listens on). */
    public String localBaseUrl() {
        return localUrl(port);
    }

    public String demoPassword() {
        return demoPassword;
    }

    public String partnerPoliceSecret() {
        return partnerPoliceSecret;
    }

    public String adminUsername() {
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Path logFile() {
        return logFile;
    }

    /** How long the start took until the realm answered (null while starting). */
    public Duration startTime() {
        return startTime;
    }

    /** The launcher (kc.sh) and Keycloak's JVM. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.toHandle().descendants().forEach(all::add);
        return all;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops Keycloak (SIGTERM, then SIGKILL after 30 s) and deletes a temporary home. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Processes.stopTree(process.toHandle(), Duration.ofSeconds(30));
        if (temporaryHome && !keepHome) {
            home.delete();
        }
    }
}
