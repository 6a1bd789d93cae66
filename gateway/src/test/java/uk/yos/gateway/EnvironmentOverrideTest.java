package uk.yos.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import uk.yos.gateway.config.GatewayConfig;

/**
 * devstack and Kubernetes set the upstream URLs with variables such as {@code YOS_GATEWAY_UPSTREAMS_CASE_SERVICE_URL}.
 * Nothing in a variable's name says that {@code CASE_SERVICE} is one map key ({@code case-service}) rather than two
 * levels: SmallRye Config resolves it against the dotted names application.properties already has. This proves it
 * with SmallRye's own environment source (the one Quarkus reads {@code System.getenv()} with) and the real file.
 */
class EnvironmentOverrideTest {

    @Test
    void environmentVariablesReachTheUpstreamMappingAndTheCorsList() throws IOException {
        Map<String, String> environment = Map.of(
                "YOS_GATEWAY_UPSTREAMS_CASE_SERVICE_URL", "http://case-service.yos.svc:8080",
                "YOS_GATEWAY_UPSTREAMS_REFERRAL_ORDER_SERVICE_URL", "http://referral-order-service.yos.svc:8080",
                "YOS_GATEWAY_UPSTREAMS_VICTIM_SERVICE_URL", "http://victim-service.yos.svc:8080",
                "YOS_GATEWAY_UPSTREAMS_PREVENTION_SERVICE_URL", "http://prevention-service.yos.svc:8080",
                "YOS_GATEWAY_UPSTREAMS_VICTIM_SERVICE_TIMEOUT", "3s",
                "YOS_GATEWAY_CORS_ORIGINS", "https://yos.example.gov.uk,https://staff.yos.example.gov.uk",
                "YOS_GATEWAY_RATE_LIMIT_DEFAULT_REQUESTS_PER_MINUTE", "120");

        GatewayConfig config = configWith(environment);

        assertEquals(Set.of("case-service", "referral-order-service", "victim-service", "prevention-service"),
                config.upstreams().keySet());
        assertEquals(URI.create("http://case-service.yos.svc:8080"), config.upstreams().get("case-service").url());
        assertEquals(URI.create("http://referral-order-service.yos.svc:8080"),
                config.upstreams().get("referral-order-service").url());
        assertEquals(URI.create("http://victim-service.yos.svc:8080"), config.upstreams().get("victim-service").url());
        assertEquals(URI.create("http://prevention-service.yos.svc:8080"), config.upstreams().get("prevention-service").url());
        assertEquals(Duration.ofSeconds(3), config.upstreams().get("victim-service").timeout());
        // What the variables do not set still comes from the file.
        assertEquals(List.of("/api/v1/young-people", "/api/v1/cases", "/api/v1/work", "/api/v1/reference-data",
                "/api/v1/staff"), config.upstreams().get("case-service").prefixes());
        assertEquals(List.of("https://yos.example.gov.uk", "https://staff.yos.example.gov.uk"), config.cors().origins());
        assertEquals(120, config.rateLimit().defaultLimit().requestsPerMinute());
    }

    @Test
    void withoutVariablesTheFilesDefaultsApply() throws IOException {
        GatewayConfig config = configWith(Map.of());

        assertEquals(URI.create("http://localhost:8081"), config.upstreams().get("case-service").url());
        assertEquals(URI.create("http://localhost:8084"), config.upstreams().get("prevention-service").url());
        assertEquals(List.of("http://localhost:3000", "http://localhost:5173"), config.cors().origins());
        assertEquals("http://localhost:8080", config.publicUrl());
        assertEquals(600, config.rateLimit().defaultLimit().requestsPerMinute());
    }

    private static GatewayConfig configWith(Map<String, String> environment) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        EnvironmentOverrideTest.class.getClassLoader().getResource("application.properties"), 250))
                .withSources(new EnvConfigSource(environment, 300))
                // Quarkus's converter, which reads "10s" as well as ISO-8601 "PT10S".
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(GatewayConfig.class)
                .build();
        return config.getConfigMapping(GatewayConfig.class);
    }
}
