package uk.yos.cases.realm;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.yos.devstack.KeycloakServer;

/** Keycloak from its distribution with the project's realm and demo users, as {@code ./yos up} runs it. */
public class RealKeycloakResource implements QuarkusTestResourceLifecycleManager {

    static KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        keycloak = KeycloakServer.start();
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloak.issuerUrl(),
                "quarkus.oidc.token.issuer", keycloak.issuerUrl());
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }
}
