package uk.yos.e2e.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How hard and how long each phase runs, and how large the population is, from system properties (the
 * {@code benchmark} profile sets them from {@code -Dbenchmark.users=...}, {@code -Dbenchmark.warmup-seconds=...},
 * {@code -Dbenchmark.measure-seconds=...}, {@code -Dbenchmark.children=...}).
 *
 * @param users      concurrent virtual users of every phase (a closed workload: each sends its next request when
 *                   its previous answer has arrived)
 * @param children   the synthetic population loaded before the list phases (cases, victims, ... scale with it)
 * @param reportDir  where the Gatling reports and a copy of the results go ({@code e2e/target/benchmarks})
 */
record BenchmarkSettings(int users, Duration warmUp, Duration measured, int children, Path reportDir) {

    /** A phase's token is fetched when it starts and must outlive it (the realm's tokens live 300 s). */
    private static final Duration TOKEN_LIFETIME_MARGIN = Duration.ofSeconds(280);

    BenchmarkSettings {
        if (warmUp.isNegative() || measured.isZero() || measured.isNegative() || users < 1 || children < 1) {
            throw new IllegalArgumentException("warm-up >= 0 s, measured > 0 s, users >= 1 and children >= 1, not "
                    + warmUp + ", " + measured + ", " + users + ", " + children);
        }
        if (warmUp.plus(measured).compareTo(TOKEN_LIFETIME_MARGIN) > 0) {
            throw new IllegalArgumentException("A phase (warm-up + measured) must stay under "
                    + TOKEN_LIFETIME_MARGIN.toSeconds() + " s: one token serves the whole phase and lives 300 s.");
        }
    }

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Integer.getInteger("yos.benchmark.users", 16),
                Duration.ofSeconds(Long.getLong("yos.benchmark.warmup-seconds", 20)),
                Duration.ofSeconds(Long.getLong("yos.benchmark.measure-seconds", 20)),
                Integer.getInteger("yos.benchmark.children", 100_000),
                Path.of(System.getProperty("yos.benchmark.report-dir", "target/benchmarks")).toAbsolutePath());
    }

    /** One phase from its first request to its last: warm-up, then the measured window. */
    Duration phaseLength() {
        return warmUp.plus(measured);
    }
}
