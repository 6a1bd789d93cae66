package uk.yos.k8s.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.yos.k8s.Overlay;

/** Reading rendered objects the way the kubelet does, for the policy tests. */
final class Policies {

    private Policies() {
    }

    /** The one container ("app") of a Quarkus app's Deployment. */
    static Overlay.Container appContainer(Overlay overlay, String app) {
        return overlay.containers()
                .filter(c -> c.workload().path("kind").asText().equals("Deployment") && c.workloadName().equals(app))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + " has no Deployment " + app));
    }

    /**
     * A container's environment: the keys of its envFrom ConfigMaps first, then its env entries (which win), each
     * name with where its value comes from ("configMap x", "secret y/key", or the literal value).
     */
    static Map<String, String> environment(Overlay overlay, Overlay.Container container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode from : container.spec().path("envFrom")) {
            String configMap = from.path("configMapRef").path("name").asText(null);
            if (configMap == null) {
                throw new AssertionError(container + ": only envFrom configMapRef is expected, got " + from);
            }
            overlay.get("ConfigMap", configMap).path("data").fieldNames()
                    .forEachRemaining(key -> environment.put(key, "configMap " + configMap));
        }
        for (JsonNode env : container.spec().path("env")) {
            JsonNode secret = env.path("valueFrom").path("secretKeyRef");
            environment.put(env.path("name").asText(), secret.isObject()
                    ? "secret " + secret.path("name").asText() + "/" + secret.path("key").asText()
                    : env.path("value").asText(""));
        }
        return environment;
    }

    /** The value a container's environment gives a variable, from its ConfigMaps or a literal. */
    static Optional<String> value(Overlay overlay, Overlay.Container container, String variable) {
        for (JsonNode env : container.spec().path("env")) {
            if (env.path("name").asText().equals(variable) && env.has("value")) {
                return Optional.of(env.path("value").asText());
            }
        }
        for (JsonNode from : container.spec().path("envFrom")) {
            JsonNode data = overlay.get("ConfigMap", from.path("configMapRef").path("name").asText()).path("data");
            if (data.has(variable)) {
                return Optional.of(data.path(variable).asText());
            }
        }
        return Optional.empty();
    }
}
