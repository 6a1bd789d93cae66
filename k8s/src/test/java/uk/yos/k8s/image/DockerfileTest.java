package uk.yos.k8s.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.yos.devstack.ServiceJvm;
import uk.yos.k8s.K8sLayout;
import uk.yos.k8s.Overlay;

/**
 * The images (no Docker engine here to build them): each app's Dockerfile copies the fast-jar the build really
 * makes, runs as the non-root user its pods run as, and starts from a pinned base image; the Keycloak image is the
 * release the project tests against.
 */
class DockerfileTest {

    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)\\s*$");

    static List<String> apps() {
        return K8sLayout.APPS;
    }

    @ParameterizedTest
    @MethodSource("apps")
    void theImageCopiesTheFastJarTheBuildMakes(String app) throws IOException {
        Path module = K8sLayout.module(app);
        String dockerfile = Files.readString(module.resolve("src/main/docker/Dockerfile.jvm"));
        List<String> sources = new ArrayList<>();
        Matcher copy = COPY.matcher(dockerfile);
        while (copy.find()) {
            sources.add(copy.group(1));
        }
        assertEquals(List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                "target/quarkus-app/quarkus/"), sources, app + ": the four parts of Quarkus's fast-jar");
        Path built = module.resolve("target/quarkus-app");
        for (String part : List.of("lib/main", "app", "quarkus", "quarkus-run.jar")) {
            assertTrue(Files.exists(built.resolve(part)), app + ": the build makes no target/quarkus-app/" + part);
        }
        assertTrue(dockerfile.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), app);
        String ignore = Files.readString(module.resolve(".dockerignore"));
        assertTrue(ignore.contains("!target/quarkus-app/"), app + ": .dockerignore must let the fast-jar in");
    }

    @ParameterizedTest
    @MethodSource("apps")
    void theImageRunsAsTheNonRootUserItsPodsRunAs(String app) throws IOException {
        String dockerfile = Files.readString(K8sLayout.module(app).resolve("src/main/docker/Dockerfile.jvm"));
        String user = lastMatch(USER, dockerfile);
        assertTrue(user.matches("[1-9][0-9]*"), app + ": USER must be a numeric non-root id, so runAsNonRoot can check it");
        Overlay.all().forEach(overlay -> {
            String podUser = overlay.get("Deployment", app).at("/spec/template/spec/securityContext/runAsUser").asText();
            assertEquals(user, podUser, overlay + " " + app);
        });
        assertPinned(lastMatch(FROM, dockerfile));
        assertTrue(dockerfile.contains("EXPOSE 8080"), app + ": the port the Deployments use");
    }

    @ParameterizedTest
    @MethodSource("apps")
    void theImageRunsTheJvmAsYosUpDoesWithAClassDataArchiveOfItsOwnJvm(String app) throws IOException {
        String dockerfile = Files.readString(K8sLayout.module(app).resolve("src/main/docker/Dockerfile.jvm"));
        List<String> options = new ArrayList<>();
        options.addAll(List.of(lastMatch(env("GC_CONTAINER_OPTIONS"), dockerfile).split(" ")));
        options.addAll(List.of(lastMatch(env("JAVA_OPTS_APPEND"), dockerfile).split(" ")));
        assertTrue(options.containsAll(ServiceJvm.OPTIONS), app + ": " + options + " lacks some of " + ServiceJvm.OPTIONS);
        String archive = "/deployments/" + ServiceJvm.APP_CDS_ARCHIVE;
        assertTrue(options.contains("-XX:SharedArchiveFile=" + archive), app + ": " + options);
        assertTrue(dockerfile.contains("java -XX:ArchiveClassesAtExit=" + ServiceJvm.APP_CDS_ARCHIVE
                + " -Dquarkus.appcds.generate=true -jar quarkus-run.jar"), app + ": the image makes its archive");
        assertTrue(options.stream().noneMatch(o -> o.startsWith("-Xmx") && !ServiceJvm.OPTIONS.contains(o)), app);
    }

    @Test
    void theKeycloakImageIsTheTestedReleaseRunAsItsPodsUser() throws IOException {
        String pom = Files.readString(K8sLayout.repository().resolve("pom.xml"));
        String version = lastMatch(Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>"), pom);
        String dockerfile = Files.readString(K8sLayout.k8s().resolve("keycloak/Dockerfile"));
        Matcher from = FROM.matcher(dockerfile);
        while (from.find()) {
            assertEquals("quay.io/keycloak/keycloak:" + version, from.group(1));
        }
        String user = lastMatch(USER, dockerfile);
        Overlay.all().forEach(overlay -> {
            String image = overlay.get("Deployment", "keycloak").at("/spec/template/spec/containers/0/image").asText();
            assertTrue(image.endsWith("/yos/keycloak:" + version), overlay + ": " + image);
            assertEquals(user, overlay.get("Deployment", "keycloak")
                    .at("/spec/template/spec/securityContext/runAsUser").asText(), overlay.toString());
        });
    }

    private static void assertPinned(String image) {
        assertTrue(image.matches("[^:@]+(:[^:]+|@sha256:[a-f0-9]{64})") && !image.endsWith(":latest"),
                "base image " + image + " must have a tag that is not latest");
    }

    /** {@code ENV NAME="value"}: the value. */
    private static Pattern env(String name) {
        return Pattern.compile("(?m)^ENV\\s+" + name + "=\"([^\"]*)\"\\s*$");
    }

    private static String lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            throw new AssertionError("no " + pattern + " in:\n" + text);
        }
        return last;
    }
}
