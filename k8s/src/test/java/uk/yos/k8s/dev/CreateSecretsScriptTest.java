package uk.yos.k8s.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.yos.k8s.K8sLayout;
import uk.yos.k8s.Overlay;

/**
 * overlays/dev/create-secrets.sh, run with a stand-in kubectl that records what it is asked: it creates exactly the
 * Secrets and keys the dev overlay reads, with values the scripts that use them accept, and keeps existing ones.
 */
class CreateSecretsScriptTest {

    private static final String FAKE_KUBECTL = """
            #!/usr/bin/env bash
            # Records each call; "get secret NAME" succeeds only for the names listed in $EXISTING.
            printf '%s\\n' "$*" >> "$CALLS"
            if [[ "$1 $2" == "get secret" ]]; then grep -qx "$3" "$EXISTING"; exit; fi
            exit 0
            """;

    @TempDir
    Path dir;

    @Test
    void createsExactlyTheSecretsAndKeysTheDevOverlayReads() throws Exception {
        Map<String, Map<String, String>> created = run();
        Map<String, TreeSet<String>> keys = new TreeMap<>();
        created.forEach((name, values) -> keys.put(name, new TreeSet<>(values.keySet())));
        assertEquals(Overlay.named("dev").secretKeysRead(), keys);
        for (Map.Entry<String, Map<String, String>> secret : created.entrySet()) {
            secret.getValue().forEach((key, value) -> {
                if (key.equals("data-key")) {
                    assertEquals(32, Base64.getDecoder().decode(value).length, "an AES-256 key");
                } else {
                    assertTrue(value.matches("[A-Za-z0-9]{12,64}"), secret.getKey() + "/" + key
                            + ": init-databases.sh and import-dev-additions.sh accept only 12-64 letters and digits");
                }
            });
        }
    }

    @Test
    void makesTheIngressCertificatesForTheDevHosts() throws Exception {
        run();
        List<String> calls = Files.readAllLines(dir.resolve("calls"));
        for (String tls : List.of("yos-gateway-tls", "yos-keycloak-tls")) {
            assertTrue(calls.stream().anyMatch(c -> c.startsWith("create secret tls " + tls + " --namespace yos-dev")),
                    "no certificate " + tls + " in " + calls);
        }
    }

    @Test
    void keepsASecretThatExists() throws Exception {
        Files.writeString(dir.resolve("existing"), "case-service-secrets\n");
        Map<String, Map<String, String>> created = run();
        assertFalse(created.containsKey("case-service-secrets"), "its password is already MySQL's: keep it");
        assertTrue(created.containsKey("victim-service-secrets"));
    }

    /** Runs the script; answers the generic Secrets it created, by name, with their literal values. */
    private Map<String, Map<String, String>> run() throws IOException {
        Path kubectl = ShellScript.writeExecutable(dir.resolve("kubectl"), FAKE_KUBECTL);
        if (!Files.exists(dir.resolve("existing"))) {
            Files.writeString(dir.resolve("existing"), "");
        }
        ShellScript.Result result = ShellScript.run(K8sLayout.overlay("dev").resolve("create-secrets.sh"), Map.of(
                "KUBECTL", kubectl.toString(),
                "CALLS", dir.resolve("calls").toString(),
                "EXISTING", dir.resolve("existing").toString()), dir, Duration.ofMinutes(1));
        assertEquals(0, result.exitCode(), result.toString());

        Map<String, Map<String, String>> created = new TreeMap<>();
        for (String call : Files.readAllLines(dir.resolve("calls"))) {
            String[] words = call.split(" ");
            if (call.startsWith("create secret generic ")) {
                assertEquals("--namespace yos-dev", words[4] + " " + words[5], call);
                Map<String, String> values = new TreeMap<>();
                for (int i = 6; i < words.length; i++) {
                    String pair = words[i].substring("--from-literal=".length());
                    values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
                created.put(words[3], values);
            }
        }
        return created;
    }
}
