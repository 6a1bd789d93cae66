package uk.yos.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where things live in a checkout of the suite. The root is found from {@code YOS_HOME} (env) or {@code yos.home}
 * (system property), otherwise by walking up from the working directory to the folder holding
 * {@code k8s/keycloak/yos-realm.json} and {@code pom.xml}; this also works from another module's test.
 */
public final class RepoLayout {

    /** The default state directory, relative to the root (git-ignored). */
    public static final String DEFAULT_STATE_DIR = ".devstack";

    private final Path root;
    private final Path stateDir;

    public RepoLayout(Path root) {
        this(root, null);
    }

    private RepoLayout(Path root, Path stateDir) {
        this.root = root.toAbsolutePath().normalize();
        this.stateDir = stateDir != null ? stateDir.toAbsolutePath().normalize()
                : this.root.resolve(DEFAULT_STATE_DIR);
    }

    /**
     * The same checkout (modules, realm, Keycloak dist) with its state somewhere else: database files, Keycloak home,
     * logs, secrets and pids all go under {@code stateDir}, so a second stack (e.g. the e2e tests') never touches the
     * developer's {@code .devstack/} nor what {@code ./yos down} stops.
     */
    public RepoLayout withStateDir(Path stateDir) {
        return new RepoLayout(root, java.util.Objects.requireNonNull(stateDir, "stateDir"));
    }

    /** The checkout this process runs in; fails with a clear message when there is none. */
    public static RepoLayout locate() {
        return find().orElseThrow(() -> new DevStackException(
                "Cannot find the YOS checkout (a folder with pom.xml and k8s/keycloak/yos-realm.json) above "
                        + Path.of("").toAbsolutePath() + "; run from inside the checkout or set YOS_HOME."));
    }

    /** The checkout, if this process runs inside one (or YOS_HOME / -Dyos.home points at one). */
    public static Optional<RepoLayout> find() {
        String explicit = System.getProperty("yos.home", System.getenv("YOS_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(new RepoLayout(Path.of(explicit)));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isRegularFile(dir.resolve("k8s/keycloak/yos-realm.json"))) {
                return Optional.of(new RepoLayout(dir));
            }
        }
        return Optional.empty();
    }

    public Path root() {
        return root;
    }

    /** State of the local stack: database files, secrets, logs, pids ({@code <root>/.devstack} unless overridden). */
    public Path stateDir() {
        return stateDir;
    }

    public Path mariaDbDir() {
        return stateDir().resolve("mariadb");
    }

    public Path logsDir() {
        return stateDir().resolve("logs");
    }

    public Path secretsFile() {
        return stateDir().resolve("secrets.properties");
    }

    public Path pidsFile() {
        return stateDir().resolve("pids");
    }

    /** Keycloak's working home for {@code ./yos up} (configuration build kept, data renewed each start). */
    public Path keycloakHome() {
        return stateDir().resolve("keycloak");
    }

    public Path productionRealmFile() {
        return root.resolve("k8s/keycloak/yos-realm.json");
    }

    public Path devAdditionsFile() {
        return root.resolve("k8s/keycloak/dev/yos-dev-additions.json");
    }

    public Path keycloakDist(String version) {
        return root.resolve("devstack/target/keycloak/keycloak-" + version);
    }

    public Path module(String name) {
        return root.resolve(name);
    }
}
