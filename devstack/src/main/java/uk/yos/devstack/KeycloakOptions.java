package uk.yos.devstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to start a {@link KeycloakServer}. Every setting has a default that suits a JUnit test: a free port, a fresh
 * working directory deleted on close, the dev realm (production realm + demo users), generated secrets.
 *
 * <pre>{@code
 * KeycloakServer kc = KeycloakServer.start(KeycloakOptions.builder().build());
 * }</pre>
 */
public final class KeycloakOptions {

    private final Path distDir;
    private final int port;
    private final Path homeDir;
    private final ObjectNode realm;
    private final String demoPassword;
    private final String partnerPoliceSecret;
    private final String adminUsername;
    private final String adminPassword;
    private final String maxHeap;
    private final Duration startTimeout;
    private final Path logFile;

    private KeycloakOptions(Builder b) {
        this.distDir = b.distDir;
        this.port = b.port;
        this.homeDir = b.homeDir;
        this.realm = b.realm;
        this.demoPassword = b.demoPassword;
        this.partnerPoliceSecret = b.partnerPoliceSecret;
        this.adminUsername = b.adminUsername;
        this.adminPassword = b.adminPassword;
        this.maxHeap = b.maxHeap;
        this.startTimeout = b.startTimeout;
        this.logFile = b.logFile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The unpacked dist, or null to look it up (see {@link KeycloakServer#defaultDist()}). */
    public Path distDir() {
        return distDir;
    }

    /** 0 means a free port chosen at start. */
    public int port() {
        return port;
    }

    /** Keycloak's working home, or null for a temporary one deleted on close. */
    public Path homeDir() {
        return homeDir;
    }

    /** The realm to import, or null for the dev realm ({@link RealmFiles#devRealm()}). */
    public ObjectNode realm() {
        return realm;
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

    public String maxHeap() {
        return maxHeap;
    }

    public Duration startTimeout() {
        return startTimeout;
    }

    /** Where Keycloak's output goes, or null for {@code <home>/keycloak.log}. */
    public Path logFile() {
        return logFile;
    }

    public static final class Builder {
        private Path distDir;
        private int port = 0;
        private Path homeDir;
        private ObjectNode realm;
        private String demoPassword;
        private String partnerPoliceSecret;
        private String adminUsername = "admin";
        private String adminPassword;
        private String maxHeap = "512m";
        private Duration startTimeout = Duration.ofMinutes(3);
        private Path logFile;

        private Builder() {
        }

        public Builder distDir(Path distDir) {
            this.distDir = distDir;
            return this;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * A persistent working home (its Quarkus build is reused between starts; its data is renewed at each start
         * so the realm file is always imported afresh). Without it a temporary home is used and deleted on close.
         */
        public Builder homeDir(Path homeDir) {
            this.homeDir = homeDir;
            return this;
        }

        public Builder realm(ObjectNode realm) {
            this.realm = realm;
            return this;
        }

        /** Password of every demo user (substituted for {@code ${YOS_DEMO_PASSWORD}}); generated when not set. */
        public Builder demoPassword(String demoPassword) {
            this.demoPassword = demoPassword;
            return this;
        }

        /** Secret of yos-partner-police (substituted for {@code ${YOS_PARTNER_POLICE_SECRET}}); generated when not set. */
        public Builder partnerPoliceSecret(String partnerPoliceSecret) {
            this.partnerPoliceSecret = partnerPoliceSecret;
            return this;
        }

        public Builder adminUsername(String adminUsername) {
            this.adminUsername = adminUsername;
            return this;
        }

        /** Bootstrap admin of the master realm; generated when not set. */
        public Builder adminPassword(String adminPassword) {
            this.adminPassword = adminPassword;
            return this;
        }

        /** Heap limit of Keycloak's JVM, e.g. {@code 512m}. */
        public Builder maxHeap(String maxHeap) {
            this.maxHeap = maxHeap;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public KeycloakOptions build() {
            return new KeycloakOptions(this);
        }
    }
}
