package uk.yos.k8s.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.k8s.AppConfiguration;
import uk.yos.k8s.K8sLayout;
import uk.yos.k8s.Overlay;

/**
 * Every environment variable a Deployment gives a Quarkus app sets a key that app's configuration declares, so a
 * misspelt or stale setting fails here instead of being silently ignored by the running app.
 */
class ConfigurationKeysTest {

    /**
     * Keys with no value in application.properties because their only value is a credential, set from a Secret:
     * the datasource password (quarkus.datasource.password) must have no committed default.
     */
    private static final Set<String> SECRET_ONLY = Set.of("QUARKUS_DATASOURCE_PASSWORD");

    /** $(NAME) in an env value: Kubernetes expands it from the container's other variables. */
    private static final Pattern EXPANSION = Pattern.compile("\\$\\(([A-Za-z0-9_]+)\\)");

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableOfAnAppIsOneOfItsConfigurationKeys(String name) {
        Overlay overlay = Overlay.named(name);
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (String app : K8sLayout.APPS) {
            AppConfiguration configuration = AppConfiguration.of(app);
            Overlay.Container container = overlay.container("Deployment", app);
            Set<String> expansionsOnly = expandedNames(container.spec());
            for (String variable : overlay.environment(container).keySet()) {
                checked++;
                if (!expansionsOnly.contains(variable) && !SECRET_ONLY.contains(variable)
                        && !configuration.readsEnvironmentVariable(variable)) {
                    unknown.add(app + ": " + variable);
                }
            }
        }
        assertTrue(checked > 30, "expected the apps' settings, checked only " + checked);
        assertEquals(List.of(), unknown, "variables no key of the app's configuration reads");
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyExpandedVariableIsDefinedForTheContainer(String name) {
        Overlay overlay = Overlay.named(name);
        List<String> undefined = new ArrayList<>();
        overlay.containers().forEach(container -> {
            Set<String> defined = overlay.environment(container).keySet();
            for (String expanded : expandedNames(container.spec())) {
                if (!defined.contains(expanded)) {
                    undefined.add(container + ": $(" + expanded + ")");
                }
            }
        });
        assertEquals(List.of(), undefined, "Kubernetes leaves an undefined $(NAME) as it is, breaking the value");
    }

    @Test
    void anAppsConfigurationKnowsItsKeysAndNoOthers() {
        AppConfiguration cases = AppConfiguration.of("case-service");
        assertTrue(cases.readsEnvironmentVariable("QUARKUS_DATASOURCE_JDBC_URL"));
        assertTrue(cases.readsEnvironmentVariable("YOS_CALENDAR_BANK_HOLIDAYS"), "common's defaults count");
        assertTrue(AppConfiguration.of("gateway").readsEnvironmentVariable("YOS_VERIFIED_TOKENS_CACHE_SIZE"),
                "common-web's defaults count");
        assertFalse(cases.readsEnvironmentVariable("QUARKUS_DATASOURCE_JDBC_URLL"));
        assertFalse(cases.readsEnvironmentVariable("YOS_VICTIMS_DATA_KEY"), "another service's key");
        assertTrue(AppConfiguration.of("victim-service").readsEnvironmentVariable("YOS_VICTIMS_DATA_KEY"),
                "a variable the configuration reads as ${YOS_VICTIMS_DATA_KEY:}");
    }

    /** Variables that other variables of the container only expand, e.g. YOS_DB_HOST in the JDBC URL. */
    private static Set<String> expandedNames(JsonNode container) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode env : container.path("env")) {
            Matcher m = EXPANSION.matcher(env.path("value").asText(""));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
