package uk.yos.e2e.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * What one measured phase did: requests answered 2xx, everything else by kind (status code or exception), and the
 * latency of every request in the measured window (errors included).
 *
 * @param latenciesNanos sorted
 */
record PhaseResult(String name, String process, String path, Duration measured, long ok, Map<String, Long> errors,
                   long[] latenciesNanos) {

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** 2xx answers per second: errors never count as throughput. */
    double okPerSecond() {
        return ok / (measured.toNanos() / 1e9);
    }

    /** Latency at quantile {@code q} (0..1) in milliseconds, nearest rank; NaN when nothing completed. */
    double latencyMillis(double q) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * latenciesNanos.length);
        return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, rank - 1))] / 1e6;
    }

    static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
