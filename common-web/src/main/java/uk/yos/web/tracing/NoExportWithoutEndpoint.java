package uk.yos.web.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * With no {@code yos.tracing.otlp-endpoint}, spans are discarded rather than sent anywhere. Quarkus's OTLP exporter
 * would otherwise send them to its default address (localhost:4317) and log a failure for every batch; it stands
 * aside whenever the application provides a span exporter of its own, which this is, and only while the endpoint is
 * absent (the check is made at start, so the same build runs with export on or off). Tracing itself stays on: trace
 * ids are still made, logged and passed on.
 */
@ApplicationScoped
public class NoExportWithoutEndpoint {

    @Produces
    @Singleton
    @LookupIfProperty(name = "yos.tracing.otlp-endpoint", stringValue = "", lookupIfMissing = true)
    SpanExporter discardingExporter() {
        return SpanExporter.composite(); // with no delegate: the SDK's no-op exporter
    }
}
