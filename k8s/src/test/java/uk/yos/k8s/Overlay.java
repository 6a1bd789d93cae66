package uk.yos.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One overlay as operations apply it: what {@code kubectl kustomize k8s/overlays/<name>} renders. */
public final class Overlay {

    public static final List<String> NAMES = List.of("dev", "prod");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();

    private final String name;
    private final List<ObjectNode> objects;

    private Overlay(String name, List<ObjectNode> objects) {
        this.name = name;
        this.objects = List.copyOf(objects);
    }

    /** The overlay rendered once per test run (kubectl is slow to start). */
    public static Overlay named(String name) {
        return RENDERED.computeIfAbsent(name, n -> new Overlay(n, parseYaml(Kustomize.build(K8sLayout.overlay(n)))));
    }

    public static Stream<Overlay> all() {
        return NAMES.stream().map(Overlay::named);
    }

    public String name() {
        return name;
    }

    public List<ObjectNode> objects() {
        return objects;
    }

    public Stream<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    public Optional<ObjectNode> find(String kind, String objectName) {
        return ofKind(kind).filter(o -> objectName.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    public ObjectNode get(String kind, String objectName) {
        return find(kind, objectName).orElseThrow(
                () -> new AssertionError(name + " renders no " + kind + " named " + objectName));
    }

    /** Workloads with a pod template: Deployments, StatefulSets and Jobs. */
    public Stream<ObjectNode> workloads() {
        return objects.stream().filter(o -> o.path("spec").path("template").path("spec").isObject());
    }

    /** Every container (init containers included) of every workload, with the workload it belongs to. */
    public Stream<Container> containers() {
        return workloads().flatMap(workload -> {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            List<Container> found = new ArrayList<>();
            for (String list : List.of("initContainers", "containers")) {
                pod.path(list).forEach(c -> found.add(new Container(workload, (ObjectNode) c)));
            }
            return found.stream();
        });
    }

    /** The first container of the {@code kind} named {@code workloadName} (a Quarkus app's one container, "app"). */
    public Container container(String kind, String workloadName) {
        return containers()
                .filter(c -> c.workload().path("kind").asText().equals(kind) && c.workloadName().equals(workloadName))
                .findFirst().orElseThrow(() -> new AssertionError(this + " has no " + kind + " " + workloadName));
    }

    /**
     * A container's environment as the kubelet builds it: the keys of its envFrom ConfigMaps first, then its env
     * entries (which win), each name with where its value comes from ("configMap x", "secret y/key", or the literal).
     */
    public Map<String, String> environment(Container container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode from : container.spec().path("envFrom")) {
            String configMap = from.path("configMapRef").path("name").asText(null);
            if (configMap == null) {
                throw new AssertionError(container + ": only envFrom configMapRef is expected, got " + from);
            }
            get("ConfigMap", configMap).path("data").fieldNames()
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

    /** The value a container's environment gives a variable, from a literal or its ConfigMaps. */
    public Optional<String> environmentValue(Container container, String variable) {
        for (JsonNode env : container.spec().path("env")) {
            if (env.path("name").asText().equals(variable) && env.has("value")) {
                return Optional.of(env.path("value").asText());
            }
        }
        for (JsonNode from : container.spec().path("envFrom")) {
            JsonNode data = get("ConfigMap", from.path("configMapRef").path("name").asText()).path("data");
            if (data.has(variable)) {
                return Optional.of(data.path(variable).asText());
            }
        }
        return Optional.empty();
    }

    /** Every Secret the overlay's containers read, with the keys they read of it. */
    public Map<String, TreeSet<String>> secretKeysRead() {
        Map<String, TreeSet<String>> keys = new TreeMap<>();
        containers().forEach(c -> {
            for (JsonNode env : c.spec().path("env")) {
                JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                if (ref.isObject()) {
                    keys.computeIfAbsent(ref.path("name").asText(), n -> new TreeSet<>()).add(ref.path("key").asText());
                }
            }
        });
        return keys;
    }

    /** A rendered container and the workload whose pod template holds it. */
    public record Container(ObjectNode workload, ObjectNode spec) {
        public String workloadName() {
            return workload.path("metadata").path("name").asText();
        }

        public JsonNode pod() {
            return workload.path("spec").path("template").path("spec");
        }

        @Override
        public String toString() {
            return workload.path("kind").asText() + "/" + workloadName() + " container " + spec.path("name").asText();
        }
    }

    /** The objects of a multi-document YAML text. */
    public static List<ObjectNode> parseYaml(String yaml) {
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(yaml.getBytes(StandardCharsets.UTF_8))) {
            List<ObjectNode> parsed = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node instanceof ObjectNode object) {
                    parsed.add(object);
                }
            });
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "overlays/" + name;
    }

    /** Runs {@code kubectl kustomize}, the Kustomize that operations have with kubectl. */
    static final class Kustomize {
        private Kustomize() {
        }

        static String build(Path directory) {
            try {
                Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                        .redirectErrorStream(false).start();
                byte[] out = process.getInputStream().readAllBytes();
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + directory + " failed: " + err);
                }
                return new String(out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("kubectl (with Kustomize) must be on the PATH", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
