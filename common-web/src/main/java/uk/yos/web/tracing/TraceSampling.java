package uk.yos.web.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * Which traces this edge records. With no collector configured nothing is recorded: a span that would only be
 * discarded costs its attributes, events and end-of-span processing on every request for nothing. Unrecorded spans
 * still have real ids, so the trace id still reaches every log line and is passed on, marked not sampled. With a
 * collector, new traces are recorded at {@code yos.tracing.sample-ratio} and a caller's decision is followed
 * (parent-based), so a trace is recorded whole or not at all. Quarkus uses an application's {@link Sampler} bean
 * in place of the one {@code quarkus.otel.traces.sampler} names; this one is chosen at start, so the same build
 * runs with or without a collector.
 */
@ApplicationScoped
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(TracingSettings settings) {
        if (settings.otlpEndpoint().isEmpty()) {
            return Sampler.alwaysOff();
        }
        return Sampler.parentBased(Sampler.traceIdRatioBased(settings.sampleRatio()));
    }
}
