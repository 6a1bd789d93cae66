package uk.yos.k8s.keycloak;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.k8s.K8sLayout;
import uk.yos.k8s.Overlay;

/** Keycloak in Kubernetes imports exactly the realm file devstack imports: one source of truth. */
class RealmConfigMapTest {

    private static final Path REALM = K8sLayout.k8s().resolve("keycloak/yos-realm.json");
    private static final Path DEV_ADDITIONS = K8sLayout.k8s().resolve("keycloak/dev/yos-dev-additions.json");

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void theRealmConfigMapIsTheRealmFileByteForByte(String overlay) throws IOException {
        ObjectNode configMap = configMapMountedAt(Overlay.named(overlay), "/opt/keycloak/data/import");
        assertEquals(List.of("yos-realm.json"), names(configMap.path("data")));
        assertArrayEquals(Files.readAllBytes(REALM),
                configMap.at("/data/yos-realm.json").asText().getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void keycloakStartsOptimizedAndImportsTheRealm(String overlay) {
        JsonNode container = Overlay.named(overlay).get("Deployment", "keycloak").at("/spec/template/spec/containers/0");
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        assertEquals(List.of("start", "--optimized", "--import-realm"), args);
    }

    @Test
    void theDevAdditionsConfigMapIsTheDevAdditionsFileByteForByte() throws IOException {
        ObjectNode configMap = configMapMountedAt(Overlay.named("dev"), "/dev-additions");
        assertArrayEquals(Files.readAllBytes(DEV_ADDITIONS),
                configMap.at("/data/yos-dev-additions.json").asText().getBytes(StandardCharsets.UTF_8));
        assertTrue(configMap.at("/data/import-dev-additions.sh").isTextual());
    }

    /** The ConfigMap behind the volume some container of the overlay mounts at {@code mountPath}. */
    private static ObjectNode configMapMountedAt(Overlay overlay, String mountPath) {
        return overlay.containers().flatMap(c -> {
            List<ObjectNode> found = new ArrayList<>();
            for (JsonNode mount : c.spec().path("volumeMounts")) {
                if (mount.path("mountPath").asText().equals(mountPath)) {
                    for (JsonNode volume : c.pod().path("volumes")) {
                        if (volume.path("name").asText().equals(mount.path("name").asText())) {
                            found.add(overlay.get("ConfigMap", volume.at("/configMap/name").asText()));
                        }
                    }
                }
            }
            return found.stream();
        }).findFirst().orElseThrow(() -> new AssertionError(overlay + ": nothing mounts a ConfigMap at " + mountPath));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
