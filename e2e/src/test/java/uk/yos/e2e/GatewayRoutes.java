package uk.yos.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.yos.devstack.RepoLayout;

/**
 * The gateway's route table as its configuration states it: the {@code yos.gateway.upstreams.<service>.prefixes}
 * keys of {@code gateway/src/main/resources/application.properties}, read from the checkout when the test runs.
 * A prefix {@code /api/v1/x} routes {@code /api/v1/x} and {@code /api/v1/x/...}, never {@code /api/v1/xy}.
 */
final class GatewayRoutes {

    static final Path CONFIGURATION = Path.of("src", "main", "resources", "application.properties");

    private static final Pattern PREFIXES_KEY = Pattern.compile("yos\\.gateway\\.upstreams\\.([a-z0-9-]+)\\.prefixes");

    /** Each configured prefix and the service it routes to. */
    private final Map<String, String> serviceByPrefix;

    private GatewayRoutes(Map<String, String> serviceByPrefix) {
        this.serviceByPrefix = Map.copyOf(serviceByPrefix);
    }

    /** The routes of the gateway module in this checkout. */
    static GatewayRoutes fromRepository() {
        Path file = RepoLayout.locate().module("gateway").resolve(CONFIGURATION);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the gateway's routes from " + file + ": " + e, e);
        }
        Map<String, String> serviceByPrefix = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = PREFIXES_KEY.matcher(key);
            if (matcher.matches()) {
                Arrays.stream(properties.getProperty(key).split(",")).map(String::trim).filter(p -> !p.isEmpty())
                        .forEach(prefix -> serviceByPrefix.put(prefix, matcher.group(1)));
            }
        }
        if (serviceByPrefix.isEmpty()) {
            throw new IllegalStateException("No yos.gateway.upstreams.<service>.prefixes in " + file);
        }
        return new GatewayRoutes(serviceByPrefix);
    }

    /** The service the gateway sends a request for this path to, if any prefix routes it. */
    Optional<String> serviceFor(String path) {
        return serviceByPrefix.entrySet().stream()
                .filter(route -> covers(route.getKey(), path))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Whether a prefix routes this path: itself, or anything below it. */
    static boolean covers(String prefix, String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    List<String> prefixes() {
        return serviceByPrefix.keySet().stream().sorted().toList();
    }

    String serviceOf(String prefix) {
        return serviceByPrefix.get(prefix);
    }
}
