package uk.yos.k8s.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.k8s.K8sLayout;
import uk.yos.k8s.Overlay;

/**
 * Keycloak's settings are options of the release it runs: a misspelt KC_ variable is ignored by Keycloak, and a
 * build-time option given to "start --optimized" either fails the start or is silently not applied.
 */
class KeycloakConfigurationTest {

    private static final Pattern DOCKERFILE_ENV = Pattern.compile("\\b(KC_[A-Z0-9_]+)=");

    private static KeycloakServerOptions options;

    @BeforeAll
    static void readOptions() {
        options = KeycloakServerOptions.ofDistribution();
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void theDeploymentSetsOnlyRunTimeOptionsOfThisRelease(String name) {
        Overlay overlay = Overlay.named(name);
        Overlay.Container keycloak = overlay.container("Deployment", "keycloak");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String variable : overlay.environment(keycloak).keySet()) {
            if (!variable.startsWith("KC_")) {
                continue;
            }
            checked++;
            var option = options.byEnvironmentName(variable);
            if (option.isEmpty()) {
                wrong.add(variable + " is not a Keycloak option");
            } else if (option.get().buildTime()) {
                wrong.add(variable + " is fixed when the image is built (k8s/keycloak/Dockerfile)");
            } else if (option.get().deprecated()) {
                wrong.add(variable + " is deprecated");
            }
        }
        assertTrue(checked >= 8, "expected Keycloak's settings, found " + checked);
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void theGatewaysDocumentsSignInAtKeycloaksPublicAddress(String name) {
        // the OpenAPI documents' oauth2 scheme, for a browser: Keycloak's hostname, never the in-cluster address
        Overlay overlay = Overlay.named(name);
        assertEquals(Optional.of(publicRealmUrl(overlay)), overlay.environmentValue(
                overlay.container("Deployment", "gateway"), "YOS_GATEWAY_PUBLIC_REALM_URL"));
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyAppExpectsTheIssuerKeycloakPutsInItsTokens(String name) {
        // the apps do not discover the realm, so the issuer they check is configured, and must be Keycloak's public one
        Overlay overlay = Overlay.named(name);
        for (String app : K8sLayout.APPS) {
            assertEquals(Optional.of(publicRealmUrl(overlay)), overlay.environmentValue(
                    overlay.container("Deployment", app), "YOS_REALM_ISSUER"), name + " " + app);
        }
    }

    /** Keycloak's public URL (its KC_HOSTNAME) and the realm: what its tokens name as their issuer. */
    private static String publicRealmUrl(Overlay overlay) {
        return overlay.environmentValue(overlay.container("Deployment", "keycloak"), "KC_HOSTNAME").orElseThrow()
                + "/realms/yos";
    }

    @Test
    void theImageBuildsInTheBuildTimeOptions() throws IOException {
        String dockerfile = Files.readString(K8sLayout.k8s().resolve("keycloak/Dockerfile"));
        Matcher env = DOCKERFILE_ENV.matcher(dockerfile);
        List<String> found = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        while (env.find()) {
            found.add(env.group(1));
            var option = options.byEnvironmentName(env.group(1));
            if (option.isEmpty() || !option.get().buildTime()) {
                wrong.add(env.group(1) + " is not a build-time option");
            }
        }
        assertEquals(List.of("KC_DB", "KC_HEALTH_ENABLED", "KC_METRICS_ENABLED"), found);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theOptionsAreReadFromTheDistribution() {
        assertTrue(options.byEnvironmentName("KC_DB_URL").isPresent());
        assertTrue(options.byEnvironmentName("KC_DB").orElseThrow().buildTime());
        assertTrue(options.byEnvironmentName("KC_DB_URLL").isEmpty());
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyOtherVariableFillsAPlaceholderOfTheRealmOrAnotherVariable(String name) throws IOException {
        String realm = Files.readString(K8sLayout.k8s().resolve("keycloak/yos-realm.json"));
        Overlay overlay = Overlay.named(name);
        Overlay.Container keycloak = overlay.container("Deployment", "keycloak");
        String values = keycloak.spec().path("env").toString();
        List<String> unused = new ArrayList<>();
        for (String variable : overlay.environment(keycloak).keySet()) {
            if (!variable.startsWith("KC_") && !realm.contains("${" + variable + "}")
                    && !values.contains("$(" + variable + ")")) {
                unused.add(variable);
            }
        }
        assertEquals(List.of(), unused, "variables neither Keycloak nor the realm file reads");
    }
}
