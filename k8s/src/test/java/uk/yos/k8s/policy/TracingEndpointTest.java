package uk.yos.k8s.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.k8s.AppConfiguration;
import uk.yos.k8s.K8sLayout;
import uk.yos.k8s.Overlay;

/**
 * Every Quarkus app can be pointed at an OTLP collector through one shared setting, and none is by default: with no
 * endpoint nothing is exported (and no egress to a collector is open; docs/adr/0015).
 */
class TracingEndpointTest {

    private static final String VARIABLE = "YOS_TRACING_OTLP_ENDPOINT";

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyAppReadsTheSharedOtlpEndpointWhichIsEmptyByDefault(String name) {
        Overlay overlay = Overlay.named(name);
        Map<String, Optional<String>> endpoints = new LinkedHashMap<>();
        Map<String, Optional<String>> expected = new LinkedHashMap<>();
        for (String app : K8sLayout.APPS) {
            assertTrue(AppConfiguration.of(app).readsEnvironmentVariable(VARIABLE), app + " reads " + VARIABLE);
            Overlay.Container container = overlay.container("Deployment", app);
            endpoints.put(app, overlay.environmentValue(container, VARIABLE));
            expected.put(app, Optional.of(""));
            assertTrue(overlay.environment(container).get(VARIABLE).startsWith("configMap yos-tracing"),
                    app + " takes it from the shared yos-tracing ConfigMap: " + overlay.environment(container));
        }
        assertEquals(expected, endpoints, "no collector unless operations name one");
    }
}
