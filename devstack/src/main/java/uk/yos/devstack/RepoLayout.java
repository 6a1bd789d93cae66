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

    private final Path root;

    public RepoLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
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

    /** Git-ignored state of the local stack: database files, secrets, logs, pids. */
    public Path stateDir() {
        return root.resolve(".devstack");
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
