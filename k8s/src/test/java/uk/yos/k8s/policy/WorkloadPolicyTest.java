package uk.yos.k8s.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.yos.devstack.Json;
import uk.yos.k8s.AppConfiguration;
import uk.yos.k8s.K8sLayout;
import uk.yos.k8s.Overlay;

/** What every workload of both overlays must have: probes, limits, a locked-down security context, pinned images. */
class WorkloadPolicyTest {

    /** name[:port]/path:tag or ...@sha256:digest; the tag must not be "latest". */
    private static final Pattern PINNED_IMAGE = Pattern.compile("^[^@\\s]+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"
            + "|@sha256:[a-f0-9]{64})$");

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void longRunningContainersHaveStartupReadinessAndLivenessProbes(String overlay) {
        // A Job's container runs to completion: readiness and liveness mean nothing for it.
        assertNoViolations(overlay, containers(overlay).filter(c -> !isJob(c)), c -> {
            List<String> missing = new ArrayList<>();
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                if (!c.spec().path(probe).isObject()) {
                    missing.add(probe);
                }
            }
            return missing.isEmpty() ? null : "no " + String.join(", ", missing);
        });
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRequestsAndIsLimitedInCpuAndMemory(String overlay) {
        assertNoViolations(overlay, containers(overlay), c -> {
            JsonNode resources = c.spec().path("resources");
            List<String> missing = new ArrayList<>();
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (resources.path(kind).path(resource).asText("").isEmpty()) {
                        missing.add(kind + "." + resource);
                    }
                }
            }
            return missing.isEmpty() ? null : "no " + String.join(", ", missing);
        });
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRunsAsNonRootWithoutPrivilegesOnAReadOnlyRootFilesystem(String overlay) {
        assertNoViolations(overlay, containers(overlay), c -> {
            JsonNode container = c.spec().path("securityContext");
            JsonNode pod = c.pod().path("securityContext");
            List<String> wrong = new ArrayList<>();
            if (!(container.path("runAsNonRoot").asBoolean(false) || pod.path("runAsNonRoot").asBoolean(false))) {
                wrong.add("runAsNonRoot is not true");
            }
            if (container.path("runAsUser").asInt(pod.path("runAsUser").asInt(-1)) == 0) {
                wrong.add("runs as user 0");
            }
            if (container.path("allowPrivilegeEscalation").asBoolean(true)) {
                wrong.add("allowPrivilegeEscalation is not false");
            }
            if (container.path("privileged").asBoolean(false)) {
                wrong.add("privileged");
            }
            if (!container.path("readOnlyRootFilesystem").asBoolean(false)) {
                wrong.add("readOnlyRootFilesystem is not true");
            }
            if (!Json.texts(container.path("capabilities").path("drop")).contains("ALL")) {
                wrong.add("capabilities do not drop ALL");
            }
            if (container.path("capabilities").path("add").size() > 0) {
                wrong.add("adds capabilities");
            }
            String seccomp = container.path("seccompProfile").path("type")
                    .asText(pod.path("seccompProfile").path("type").asText(""));
            if (!seccomp.equals("RuntimeDefault")) {
                wrong.add("seccomp profile is not RuntimeDefault");
            }
            return wrong.isEmpty() ? null : String.join(", ", wrong);
        });
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void podsHaveNoServiceAccountTokenHostNamespacesOrHostPaths(String overlay) {
        assertNoViolations(overlay, containers(overlay), c -> {
            JsonNode pod = c.pod();
            List<String> wrong = new ArrayList<>();
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                wrong.add("mounts a service account token (none of the suite calls the Kubernetes API)");
            }
            for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
                if (pod.path(host).asBoolean(false)) {
                    wrong.add(host);
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("hostPath")) {
                    wrong.add("hostPath volume " + volume.path("name").asText());
                }
            }
            return wrong.isEmpty() ? null : String.join(", ", wrong);
        });
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyImageIsPinnedToATagThatIsNotLatest(String overlay) {
        assertNoViolations(overlay, containers(overlay), c -> {
            String image = c.spec().path("image").asText("");
            if (!PINNED_IMAGE.matcher(image).matches() || image.endsWith(":latest")) {
                return "image '" + image + "' has no tag or digest, or is :latest";
            }
            return null;
        });
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void appsGetLongerToStopThanTheirGracefulShutdownTakes(String name) {
        Overlay overlay = Overlay.named(name);
        List<String> wrong = new ArrayList<>();
        for (String app : K8sLayout.APPS) {
            AppConfiguration configuration = AppConfiguration.of(app);
            Overlay.Container container = overlay.container("Deployment", app);
            Duration delay = AppConfiguration.duration(overlay.environmentValue(container, "QUARKUS_SHUTDOWN_DELAY")
                    .or(() -> configuration.prodValue("quarkus.shutdown.delay")).orElse("0s"));
            Duration timeout = AppConfiguration.duration(overlay.environmentValue(container, "QUARKUS_SHUTDOWN_TIMEOUT")
                    .or(() -> configuration.prodValue("quarkus.shutdown.timeout")).orElse("0s"));
            Duration grace = Duration.ofSeconds(container.pod().path("terminationGracePeriodSeconds").asLong(30));
            if (!configuration.prodValue("quarkus.shutdown.delay-enabled").orElse("false").equals("true")) {
                wrong.add(app + ": quarkus.shutdown.delay-enabled is not true (it is fixed at build time)");
            }
            if (delay.isZero()) {
                wrong.add(app + ": no shutdown delay, so requests reach a stopping pod");
            }
            if (grace.compareTo(delay.plus(timeout)) <= 0) {
                wrong.add(app + ": terminationGracePeriodSeconds " + grace.toSeconds() + " s is not longer than its "
                        + "shutdown delay " + delay.toSeconds() + " s plus timeout " + timeout.toSeconds() + " s");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void appsLogJsonInTheProfileTheImagesRun(String overlay) {
        Overlay rendered = Overlay.named(overlay);
        List<String> wrong = new ArrayList<>();
        for (String app : K8sLayout.APPS) {
            Overlay.Container container = rendered.container("Deployment", app);
            String profile = rendered.environmentValue(container, "QUARKUS_PROFILE").orElse("prod");
            String json = AppConfiguration.of(app).prodValue("quarkus.log.console.json.enabled").orElse("false");
            if (!profile.equals("prod") || !json.equals("true")) {
                wrong.add(app + ": profile " + profile + ", JSON logs " + json);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Stream<Overlay.Container> containers(String overlay) {
        List<Overlay.Container> all = Overlay.named(overlay).containers().toList();
        assertTrue(all.size() >= 6, overlay + " renders only " + all.size() + " containers");
        return all.stream();
    }

    private static boolean isJob(Overlay.Container c) {
        return c.workload().path("kind").asText().equals("Job");
    }

    /** Each container for which {@code check} returns a description of what is wrong fails the test. */
    private static void assertNoViolations(String overlay, Stream<Overlay.Container> containers,
                                           Function<Overlay.Container, String> check) {
        List<String> violations = containers.map(c -> {
            String problem = check.apply(c);
            return problem == null ? null : c + ": " + problem;
        }).filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of(), violations, "overlays/" + overlay);
    }
}
