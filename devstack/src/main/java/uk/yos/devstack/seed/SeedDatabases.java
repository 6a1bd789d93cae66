package uk.yos.devstack.seed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.yos.devstack.DatabaseServer;
import uk.yos.devstack.DevStackConfig;
import uk.yos.devstack.DevStackException;
import uk.yos.devstack.EmbeddedMariaDb;
import uk.yos.devstack.PidRegistry;
import uk.yos.devstack.Processes;
import uk.yos.devstack.RepoLayout;
import uk.yos.devstack.Secrets;
import uk.yos.devstack.ServiceDefinition;

/** The four service databases a population is written to. */
public record SeedDatabases(ServiceDatabase cases, ServiceDatabase referralOrders, ServiceDatabase victims,
                            ServiceDatabase prevention) {

    private static final Pattern PORT_ARGUMENT = Pattern.compile("--port[= ](\\d+)");

    public List<ServiceDatabase> all() {
        return List.of(cases, referralOrders, victims, prevention);
    }

    /**
     * The databases of the stack {@code ./yos up} runs from this checkout: the state directory's {@code pids} file
     * says whether it runs and which MariaDB process it started (its {@code --port} says where it listens, so a
     * stack started with another {@code YOS_DB_PORT} is found too); {@code secrets.properties} holds each service
     * user's password. With {@code YOS_DB_URL} set the external server is used, as {@code ./yos up} does.
     */
    public static SeedDatabases ofRunningStack(RepoLayout layout, Map<String, String> env) {
        PidRegistry pids = new PidRegistry(layout.pidsFile());
        if (pids.runningDevStack().isEmpty()) {
            throw new DevStackException("No stack is running from " + layout.root() + " (nothing alive in "
                    + layout.pidsFile() + "). Start it with ./yos up in another terminal, wait until it says it is up "
                    + "(the services then have migrated their databases), and run ./yos seed again.");
        }
        Secrets secrets = Secrets.load(layout.secretsFile());
        DatabaseServer external = DatabaseServer.externalFromEnv(env);
        int port = external != null ? -1 : mariaDbPort(pids).orElseGet(() -> DevStackConfig.from(layout, env).dbPort());
        java.util.function.Function<String, ServiceDatabase> database = service -> {
            String name = ServiceDefinition.byName(service).database();
            String password = secrets.get(Secrets.databasePasswordKey(name)).orElseThrow(() -> new DevStackException(
                    "No password for " + name + " in " + layout.secretsFile() + ": has ./yos up started " + service
                            + " from this checkout?"));
            String url = external != null ? external.jdbcUrl(name) : EmbeddedMariaDb.jdbcUrl(port, name);
            return new ServiceDatabase(service, url, name, password);
        };
        return new SeedDatabases(database.apply(ServiceDefinition.CASE_SERVICE),
                database.apply(ServiceDefinition.REFERRAL_ORDER_SERVICE), database.apply(ServiceDefinition.VICTIM_SERVICE),
                database.apply(ServiceDefinition.PREVENTION_SERVICE));
    }

    /** The port on the command line of the MariaDB the running stack recorded. */
    private static Optional<Integer> mariaDbPort(PidRegistry pids) {
        return pids.read().stream().filter(e -> e.label().equals(PidRegistry.MARIADB_LABEL))
                .flatMap(e -> e.verified().stream())
                .flatMap(handle -> Processes.commandLine(handle.pid()).stream())
                .map(PORT_ARGUMENT::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).findFirst();
    }
}
