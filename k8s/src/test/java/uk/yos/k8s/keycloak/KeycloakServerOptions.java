package uk.yos.k8s.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import uk.yos.devstack.KeycloakServer;

/**
 * The server options of the Keycloak release the suite runs, read from its own distribution: each option's
 * environment variable (KC_ plus the key, e.g. KC_DB_URL for db-url) and whether it is fixed when the image is built.
 */
final class KeycloakServerOptions {

    /** An option as Keycloak declares it. */
    record ServerOption(String key, boolean buildTime, boolean deprecated) {
    }

    private final Map<String, ServerOption> byEnvironmentName;

    private KeycloakServerOptions(Map<String, ServerOption> byEnvironmentName) {
        this.byEnvironmentName = byEnvironmentName;
    }

    /** Reads every {@code org.keycloak.config.*Options} class of the unpacked distribution devstack uses. */
    static KeycloakServerOptions ofDistribution() {
        Path lib = KeycloakServer.defaultDist().resolve("lib/lib/main");
        Path jar = configApiJar(lib);
        Map<String, ServerOption> options = new HashMap<>();
        // The option classes need a few of Keycloak's other classes: the distribution's own jars, in a loader of
        // their own (nothing of this test's class path).
        try (JarFile classes = new JarFile(jar.toFile());
             URLClassLoader loader = new URLClassLoader(jarsOf(lib, lib.resolveSibling("boot")), null)) {
            Class<?> option = loader.loadClass("org.keycloak.config.Option");
            for (String name : classes.stream().map(e -> e.getName())
                    .filter(n -> n.matches("org/keycloak/config/[A-Za-z0-9]+Options\\.class")).toList()) {
                Class<?> declaring = loader.loadClass(name.replace('/', '.').replace(".class", ""));
                for (Field field : declaring.getFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && option.isAssignableFrom(field.getType())) {
                        ServerOption read = read(option, field.get(null));
                        options.put(environmentName(read.key()), read);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Keycloak's option classes changed shape in " + jar, e);
        }
        if (options.size() < 50) {
            throw new IllegalStateException("Read only " + options.size() + " Keycloak options from " + jar);
        }
        return new KeycloakServerOptions(options);
    }

    Optional<ServerOption> byEnvironmentName(String name) {
        return Optional.ofNullable(byEnvironmentName.get(name));
    }

    private static ServerOption read(Class<?> option, Object value) throws ReflectiveOperationException {
        String key = (String) option.getMethod("getKey").invoke(value);
        boolean buildTime = (Boolean) option.getMethod("isBuildTime").invoke(value);
        boolean deprecated = ((Optional<?>) option.getMethod("getDeprecatedMetadata").invoke(value)).isPresent();
        return new ServerOption(key, buildTime, deprecated);
    }

    /** Keycloak's rule: KC_ and the key upper-cased, '-' as '_'. */
    private static String environmentName(String key) {
        return "KC_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static URL[] jarsOf(Path... directories) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path directory : directories) {
            try (Stream<Path> jars = Files.list(directory)) {
                for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    urls.add(p.toUri().toURL());
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static Path configApiJar(Path lib) {
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.filter(p -> p.getFileName().toString().startsWith("org.keycloak.keycloak-config-api-"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No keycloak-config-api jar in " + lib));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's distribution is unpacked by the devstack build: " + lib, e);
        }
    }
}
