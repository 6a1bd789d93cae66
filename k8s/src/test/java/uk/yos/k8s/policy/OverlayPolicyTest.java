package uk.yos.k8s.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.k8s.K8sLayout;
import uk.yos.k8s.Overlay;

/** Rules over the objects an overlay renders, beyond each container: credentials, availability, wiring, hosts. */
class OverlayPolicyTest {

    private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|DATA_KEY|TOKEN).*");

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void noSecretWithDataIsCommitted(String overlay) {
        List<String> secrets = Overlay.named(overlay).ofKind("Secret")
                .filter(s -> s.path("data").size() > 0 || s.path("stringData").size() > 0)
                .map(s -> s.path("metadata").path("name").asText()).toList();
        assertEquals(List.of(), secrets, "Secrets are created by the operator (k8s/README.md), never rendered");
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void credentialsComeOnlyFromSecrets(String overlay) {
        Overlay rendered = Overlay.named(overlay);
        List<String> wrong = new ArrayList<>();
        rendered.containers().forEach(c -> rendered.environment(c).forEach((name, source) -> {
            if (CREDENTIAL_NAME.matcher(name).matches() && !source.startsWith("secret ")) {
                wrong.add(c + ": " + name + " is not from a Secret");
            }
        }));
        rendered.ofKind("ConfigMap").forEach(cm -> cm.path("data").fieldNames().forEachRemaining(key -> {
            if (CREDENTIAL_NAME.matcher(key).matches()) {
                wrong.add("ConfigMap " + cm.path("metadata").path("name").asText() + " holds " + key);
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySecretTheOverlaysNeedIsDocumentedForTheOperator() throws IOException {
        String readme = Files.readString(K8sLayout.k8s().resolve("README.md"));
        List<String> undocumented = new ArrayList<>();
        Overlay.all().forEach(overlay -> overlay.secretKeysRead().forEach((name, keys) -> keys.forEach(key -> {
            if (!readme.contains("`" + name + "`") || !readme.contains("`" + key + "`")) {
                undocumented.add(overlay + ": " + name + "/" + key);
            }
        })));
        assertEquals(List.of(), undocumented.stream().distinct().toList(),
                "k8s/README.md must name every Secret and key an overlay reads");
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasADisruptionBudgetAndAServiceAccountOfItsOwn(String name) {
        Overlay overlay = Overlay.named(name);
        List<String> wrong = new ArrayList<>();
        overlay.ofKind("Deployment").forEach(deployment -> {
            String app = deployment.path("metadata").path("name").asText();
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            boolean budgeted = overlay.ofKind("PodDisruptionBudget")
                    .anyMatch(pdb -> selects(pdb.at("/spec/selector/matchLabels"), podLabels));
            if (!budgeted) {
                wrong.add(app + " has no PodDisruptionBudget");
            }
            String account = deployment.at("/spec/template/spec/serviceAccountName").asText("");
            if (!account.equals(app) || overlay.find("ServiceAccount", account).isEmpty()) {
                wrong.add(app + " does not run as its own ServiceAccount");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void prodScalesEveryAppWithAnAutoscalerFromTwoReplicas() {
        Overlay prod = Overlay.named("prod");
        List<String> wrong = new ArrayList<>();
        for (String app : K8sLayout.APPS) {
            ObjectNode hpa = prod.get("HorizontalPodAutoscaler", app);
            JsonNode target = hpa.at("/spec/scaleTargetRef");
            if (!target.path("kind").asText().equals("Deployment") || !target.path("name").asText().equals(app)) {
                wrong.add(app + ": autoscaler targets " + target);
            }
            if (hpa.at("/spec/minReplicas").asInt(1) < 2) {
                wrong.add(app + ": fewer than 2 replicas, so a rolling update or a node loss stops it");
            }
            if (prod.get("Deployment", app).at("/spec/replicas").asInt(1) < 2) {
                wrong.add(app + ": Deployment starts with fewer than 2 replicas");
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(0, Overlay.named("dev").ofKind("HorizontalPodAutoscaler").count(), "dev runs one of each");
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceSelectsAWorkloadAndANamedPortOfIt(String name) {
        Overlay overlay = Overlay.named(name);
        List<String> wrong = new ArrayList<>();
        overlay.ofKind("Service").forEach(service -> {
            String serviceName = service.path("metadata").path("name").asText();
            List<Overlay.Container> selected = overlay.containers()
                    .filter(c -> selects(service.at("/spec/selector"), c.workload().at("/spec/template/metadata/labels")))
                    .toList();
            if (selected.isEmpty()) {
                wrong.add(serviceName + " selects no pods");
            }
            for (JsonNode port : service.at("/spec/ports")) {
                String target = port.path("targetPort").asText();
                boolean exists = selected.stream().anyMatch(c -> {
                    for (JsonNode p : c.spec().path("ports")) {
                        if (p.path("name").asText().equals(target)) {
                            return true;
                        }
                    }
                    return false;
                });
                if (!exists) {
                    wrong.add(serviceName + " targets port '" + target + "' that its pods do not name");
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyReferencedConfigMapIsRendered(String name) {
        Overlay overlay = Overlay.named(name);
        List<String> missing = new ArrayList<>();
        overlay.workloads().forEach(w -> {
            List<String> referenced = new ArrayList<>();
            w.at("/spec/template/spec/volumes").forEach(v -> {
                if (v.has("configMap")) {
                    referenced.add(v.at("/configMap/name").asText());
                }
            });
            w.at("/spec/template/spec/containers").forEach(c -> c.path("envFrom")
                    .forEach(f -> referenced.add(f.at("/configMapRef/name").asText())));
            referenced.stream().filter(cm -> overlay.find("ConfigMap", cm).isEmpty())
                    .forEach(cm -> missing.add(w.path("metadata").path("name").asText() + " -> " + cm));
        });
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void ingressesServeOnlyTlsForTheirHostsToRenderedServices(String name) {
        Overlay overlay = Overlay.named(name);
        List<ObjectNode> ingresses = overlay.ofKind("Ingress").toList();
        assertEquals(List.of("gateway", "keycloak"),
                ingresses.stream().map(i -> i.path("metadata").path("name").asText()).sorted().toList());
        List<String> wrong = new ArrayList<>();
        for (ObjectNode ingress : ingresses) {
            List<String> tlsHosts = new ArrayList<>();
            ingress.at("/spec/tls").forEach(t -> {
                if (t.path("secretName").asText("").isEmpty()) {
                    wrong.add(ingress.at("/metadata/name").asText() + ": TLS without a secretName");
                }
                t.path("hosts").forEach(h -> tlsHosts.add(h.asText()));
            });
            for (JsonNode rule : ingress.at("/spec/rules")) {
                if (!tlsHosts.contains(rule.path("host").asText())) {
                    wrong.add(ingress.at("/metadata/name").asText() + ": host " + rule.path("host") + " has no TLS");
                }
                for (JsonNode path : rule.at("/http/paths")) {
                    String backend = path.at("/backend/service/name").asText();
                    if (overlay.find("Service", backend).isEmpty()) {
                        wrong.add(ingress.at("/metadata/name").asText() + ": backend " + backend + " is not rendered");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void keycloaksAdminConsoleIsPublicOnlyInDev() {
        assertFalse(paths(Overlay.named("prod").get("Ingress", "keycloak")).contains("/admin/"));
        assertTrue(paths(Overlay.named("dev").get("Ingress", "keycloak")).contains("/admin/"));
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void noPlaceholderOfTheBaseSurvivesIntoAnOverlay(String name) {
        // The base names hosts under .invalid (RFC 2606) so that an overlay that forgets one is caught here.
        List<String> left = Overlay.named(name).objects().stream()
                .filter(o -> o.toString().toLowerCase(Locale.ROOT).contains(".invalid"))
                .map(o -> o.path("kind").asText() + "/" + o.at("/metadata/name").asText()).toList();
        assertEquals(List.of(), left);
    }

    @Test
    void demoUsersAndThePasswordGrantClientAreOnlyInDev() {
        Overlay prod = Overlay.named("prod");
        assertTrue(prod.objects().stream().noneMatch(o -> o.toString().contains("yos-dev-cli")),
                "prod renders the dev-only client");
        assertTrue(prod.find("Job", "keycloak-dev-additions").isEmpty());
        assertTrue(Overlay.named("dev").find("Job", "keycloak-dev-additions").isPresent());
    }

    @Test
    void everyObjectIsInTheOverlaysNamespace() {
        Map<String, String> namespaces = Map.of("dev", "yos-dev", "prod", "yos");
        namespaces.forEach((name, namespace) -> {
            Overlay overlay = Overlay.named(name);
            overlay.get("Namespace", namespace);
            List<String> elsewhere = overlay.objects().stream()
                    .filter(o -> !o.path("kind").asText().equals("Namespace"))
                    .filter(o -> !o.at("/metadata/namespace").asText().equals(namespace))
                    .map(o -> o.path("kind").asText() + "/" + o.at("/metadata/name").asText()).toList();
            assertEquals(List.of(), elsewhere, name);
        });
    }

    private static List<String> paths(ObjectNode ingress) {
        List<String> paths = new ArrayList<>();
        ingress.at("/spec/rules").forEach(r -> r.at("/http/paths").forEach(p -> paths.add(p.path("path").asText())));
        return paths;
    }

    /** Whether every label of {@code selector} is on {@code labels} (and the selector is not empty). */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
