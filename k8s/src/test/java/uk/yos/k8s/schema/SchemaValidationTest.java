package uk.yos.k8s.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.k8s.Overlay;

/** Every object each overlay renders is valid against the Kubernetes API schema, and invalid ones are caught. */
class SchemaValidationTest {

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectIsValidAgainstTheKubernetesSchema(String overlay) {
        List<ObjectNode> objects = Overlay.named(overlay).objects();
        assertFalse(objects.isEmpty(), "overlays/" + overlay + " renders nothing");
        List<String> problems = objects.stream().flatMap(o -> KubernetesSchema.problems(o).stream()).toList();
        assertEquals(List.of(), problems, "overlays/" + overlay + " renders objects the Kubernetes API would refuse");
    }

    @Test
    void aValidObjectPasses() {
        assertEquals(List.of(), KubernetesSchema.problems(deployment("replicas: 2", "imagePullPolicy: IfNotPresent")));
    }

    @Test
    void aMisspeltFieldFails() {
        assertProblem(deployment("replicas: 2", "imagePulPolicy: IfNotPresent"), "imagePulPolicy");
    }

    @Test
    void anUnknownFieldAtTheTopOfTheSpecFails() {
        assertProblem(deployment("replica: 2", "imagePullPolicy: IfNotPresent"), "replica");
    }

    @Test
    void aWrongTypeFails() {
        assertProblem(deployment("replicas: two", "imagePullPolicy: IfNotPresent"), "");
        assertProblem(deployment("replicas: 2", "imagePullPolicy: [IfNotPresent]"), "imagePullPolicy");
        // Read leniently as the number 2, but the API server refuses a string for an integer.
        assertProblem(deployment("replicas: \"2\"", "imagePullPolicy: IfNotPresent"), "replicas");
    }

    @Test
    void aNumberWhereTheSchemaWantsAStringFails() {
        assertProblem(deployment("replicas: 2", "workingDir: 8080"), "workingDir");
    }

    @Test
    void aMissingRequiredFieldFails() {
        // A container must have a name.
        ObjectNode object = deployment("replicas: 2", "imagePullPolicy: IfNotPresent");
        ((ObjectNode) object.at("/spec/template/spec/containers/0")).remove("name");
        assertProblem(object, "name");
    }

    @Test
    void anUnknownKindOrAWrongApiGroupFails() {
        ObjectNode misspeltKind = deployment("replicas: 2", "imagePullPolicy: IfNotPresent").put("kind", "Deploymnet");
        assertProblem(misspeltKind, "Deploymnet");
        ObjectNode coreGroup = deployment("replicas: 2", "imagePullPolicy: IfNotPresent").put("apiVersion", "v1");
        assertProblem(coreGroup, "apps");
        ObjectNode noSuchVersion = deployment("replicas: 2", "imagePullPolicy: IfNotPresent")
                .put("apiVersion", "apps/v3");
        assertProblem(noSuchVersion, "v3");
    }

    private static void assertProblem(ObjectNode object, String mentioning) {
        List<String> problems = KubernetesSchema.problems(object);
        assertFalse(problems.isEmpty(), "expected a problem with " + object);
        assertTrue(problems.stream().anyMatch(p -> p.contains(mentioning)),
                "expected a problem mentioning '" + mentioning + "', got " + problems);
    }

    /** A small valid Deployment with one line of its spec and one of its container given. */
    private static ObjectNode deployment(String specLine, String containerLine) {
        return Overlay.parseYaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: example
                spec:
                  %s
                  selector:
                    matchLabels:
                      app: example
                  template:
                    metadata:
                      labels:
                        app: example
                    spec:
                      containers:
                        - name: app
                          image: example/app:1.0
                          %s
                """.formatted(specLine, containerLine)).get(0);
    }
}
