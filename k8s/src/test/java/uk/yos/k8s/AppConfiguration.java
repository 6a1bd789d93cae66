package uk.yos.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Quarkus app's configuration as its module declares it: its application.properties (every profile) and the
 * defaults common-web and common ship (META-INF/microprofile-config.properties), with the environment variables each
 * key is read from.
 */
public final class AppConfiguration {

    private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");
    /** ${NAME} or ${NAME:default} in a value: an environment variable read directly. */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::[^}]*)?}");

    private final Properties properties;
    private final Set<String> environmentNames = new HashSet<>();

    private AppConfiguration(Properties properties) {
        this.properties = properties;
        for (String key : properties.stringPropertyNames()) {
            environmentNames.add(environmentName(PROFILE.matcher(key).replaceFirst("")));
            Matcher reference = REFERENCE.matcher(properties.getProperty(key));
            while (reference.find()) {
                environmentNames.add(environmentName(reference.group(1)));
            }
        }
    }

    public static AppConfiguration of(String app) {
        Properties all = new Properties();
        load(all, K8sLayout.repository().resolve("common-web/src/main/resources/META-INF/microprofile-config.properties"));
        load(all, K8sLayout.repository().resolve("common/src/main/resources/META-INF/microprofile-config.properties"));
        load(all, K8sLayout.module(app).resolve("src/main/resources/application.properties"));
        return new AppConfiguration(all);
    }

    /** Whether an environment variable of this name sets one of the app's configuration keys. */
    public boolean readsEnvironmentVariable(String name) {
        return environmentNames.contains(name);
    }

    /** A key's value in the prod profile (what the images run), if set. */
    public Optional<String> prodValue(String key) {
        return Optional.ofNullable(properties.getProperty("%prod." + key, properties.getProperty(key)));
    }

    /** A duration as Quarkus writes them ("10s", "PT10S"). */
    public static Duration duration(String value) {
        String v = value.trim();
        return v.toUpperCase(Locale.ROOT).startsWith("P") ? Duration.parse(v) : Duration.parse("PT" + v);
    }

    /** MicroProfile Config's rule: every character other than a letter or digit becomes '_', upper-cased. */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static void load(Properties into, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
