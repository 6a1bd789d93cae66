package uk.yos.k8s.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Strict validation of one Kubernetes object against the Kubernetes API schema, without a cluster.
 *
 * <p>The models of the official Kubernetes Java client ({@code io.kubernetes:client-java-api}) are generated from the
 * Kubernetes OpenAPI document; reading an object into its model rejects a field the schema does not define, a
 * missing required field and a value of the wrong JSON type, at every depth. Writing the model back and comparing
 * it with the input also catches what reading forgives (a number where the schema wants a string, say).
 */
public final class KubernetesSchema {

    /**
     * The API group of each kind the suite uses (the core group is ""). The models say which version of a kind a
     * class is, not its group, so a Deployment under "v1" would otherwise pass. A new kind must be added here.
     */
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("Namespace", ""), Map.entry("ConfigMap", ""), Map.entry("Secret", ""), Map.entry("Service", ""),
            Map.entry("ServiceAccount", ""), Map.entry("PersistentVolumeClaim", ""),
            Map.entry("Deployment", "apps"), Map.entry("StatefulSet", "apps"),
            Map.entry("Job", "batch"), Map.entry("CronJob", "batch"),
            Map.entry("HorizontalPodAutoscaler", "autoscaling"),
            Map.entry("PodDisruptionBudget", "policy"),
            Map.entry("NetworkPolicy", "networking.k8s.io"), Map.entry("Ingress", "networking.k8s.io"));

    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    private KubernetesSchema() {
    }

    /** What is wrong with {@code object}; empty when it is a valid object of its kind. */
    public static List<String> problems(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText("");
        String kind = object.path("kind").asText("");
        String name = kind + "/" + object.path("metadata").path("name").asText("?");
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);

        if (!GROUPS.containsKey(kind)) {
            return List.of(name + ": kind '" + kind + "' is not one the suite is known to use (KubernetesSchema.GROUPS)");
        }
        if (!GROUPS.get(kind).equals(group)) {
            return List.of(name + ": apiVersion '" + apiVersion + "' is not in the API group of " + kind
                    + " ('" + GROUPS.get(kind) + "')");
        }
        Class<?> model = model(version, kind);
        if (model == null) {
            return List.of(name + ": Kubernetes has no " + kind + " in version " + version);
        }
        JsonElement input = JsonParser.parseString(object.toString());
        Object read;
        try {
            read = JSON.deserialize(input.toString(), model);
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            return List.of(name + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        RoundTrip.compare(input, JsonParser.parseString(JSON.serialize(read)), "", problems);
        return problems.stream().map(p -> name + ": " + p).toList();
    }

    private static Class<?> model(String version, String kind) {
        String className = MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
