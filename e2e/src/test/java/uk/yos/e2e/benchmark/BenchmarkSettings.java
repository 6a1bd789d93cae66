package uk.yos.e2e.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How long and how hard each phase runs, from system properties (the {@code benchmark} profile sets them from
 * {@code -Dbenchmark.warmup-seconds=...}, {@code -Dbenchmark.measure-seconds=...}, {@code -Dbenchmark.clients=...}).
 */
record BenchmarkSettings(Duration warmUp, Duration measured, int clients, Path reportDir) {

    /** A phase's token is fetched when it starts and must outlive it (the realm's tokens live 300 s). */
    private static final Duration TOKEN_LIFETIME_MARGIN = Duration.ofSeconds(280);

    BenchmarkSettings {
        if (warmUp.isNegative() || measured.isZero() || measured.isNegative() || clients < 1) {
            throw new IllegalArgumentException("warm-up >= 0 s, measured > 0 s and clients >= 1, not " + warmUp
                    + ", " + measured + ", " + clients);
        }
        if (warmUp.plus(measured).compareTo(TOKEN_LIFETIME_MARGIN) > 0) {
            throw new IllegalArgumentException("A phase (warm-up + measured) must stay under "
                    + TOKEN_LIFETIME_MARGIN.toSeconds() + " s: one token serves the whole phase and lives 300 s.");
        }
    }

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Duration.ofSeconds(Long.getLong("yos.benchmark.warmup-seconds", 20)),
                Duration.ofSeconds(Long.getLong("yos.benchmark.measure-seconds", 20)),
                Integer.getInteger("yos.benchmark.clients", 16),
                Path.of(System.getProperty("yos.benchmark.report-dir", "target/benchmarks")));
    }
}
