package uk.yos.web.tracing;

import java.net.URI;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import io.smallrye.config.ConfigMapping;

/**
 * Where an edge (a service or the gateway) sends its spans, and how many traces it records ({@code yos.tracing.*});
 * checked at start-up. Quarkus's OpenTelemetry settings are derived from these in common-web's configuration
 * (docs/adr/0015).
 */
@ConfigMapping(prefix = "yos.tracing")
public interface TracingSettings {

    /**
     * An OTLP/HTTP collector's base address ({@code http://collector:4318}); spans are posted to its
     * {@code /v1/traces}. Absent: no span is exported and no connection is made, while trace ids still reach the
     * logs and the services called.
     */
    Optional<URI> otlpEndpoint();

    /**
     * The share of new traces recorded (0 to 1). A request that arrives with a {@code traceparent} follows the
     * caller's decision instead (parent-based sampling), so a trace is whole or absent across the suite.
     */
    @DecimalMin("0.0")
    @DecimalMax("1.0")
    double sampleRatio();
}
