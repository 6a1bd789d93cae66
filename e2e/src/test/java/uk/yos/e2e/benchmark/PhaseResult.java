package uk.yos.e2e.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What one phase's measured window did, as Gatling recorded it: the requests answered 2xx, the others by Gatling's
 * error message (e.g. "status.find.in(...), found 503"), and the latency percentiles of every measured request,
 * errors included, in whole milliseconds (Gatling's resolution).
 *
 * @param title   what the report calls the phase, e.g. "audited read, direct"
 * @param process the process the requests went to
 * @param request e.g. {@code GET /api/v1/cases}
 * @param report  the folder of the phase's Gatling HTML report ({@code index.html} in it)
 */
record PhaseResult(String title, String process, String request, Duration measured, long ok, long errors,
                   Map<String, Integer> errorMessages, int p50Millis, int p95Millis, int p99Millis, Path report) {

    /** 2xx answers per second of the measured window: errors never count as throughput. */
    double okPerSecond() {
        return ok / (measured.toNanos() / 1e9);
    }
}
