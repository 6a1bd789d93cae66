package uk.yos.e2e.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * A closed-loop load: a fixed number of client threads, each sending the same GET again as soon as the previous
 * answer has arrived, over one shared {@link HttpClient} (HTTP/1.1, keep-alive: each thread ends up with its own
 * pooled connection). First a warm-up whose results are dropped, then a measured window of fixed length.
 */
final class LoadRun {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final BenchmarkSettings settings;

    LoadRun(BenchmarkSettings settings) {
        this.settings = settings;
    }

    /** Runs one phase: warm-up, then the measured window. */
    PhaseResult run(Phase phase) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(phase.url()).GET()
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("X-Request-Id", "benchmark-" + UUID.randomUUID());
        if (phase.bearerToken() != null) {
            builder.header("Authorization", "Bearer " + phase.bearerToken());
        }
        HttpRequest request = builder.build();

        long start = System.nanoTime();
        long measureFrom = start + settings.warmUp().toNanos();
        long measureUntil = measureFrom + settings.measured().toNanos();
        List<Worker> workers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(settings.clients());
        for (int i = 0; i < settings.clients(); i++) {
            Worker worker = new Worker(request, measureFrom, measureUntil, done);
            workers.add(worker);
            Thread thread = new Thread(worker, "benchmark-client-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring " + phase, e);
        }
        return combine(phase, workers);
    }

    private PhaseResult combine(Phase phase, List<Worker> workers) {
        long ok = 0;
        Map<String, Long> errors = new TreeMap<>();
        int samples = 0;
        for (Worker w : workers) {
            ok += w.ok;
            w.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
            samples += w.count;
        }
        long[] latencies = new long[samples];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, latencies, at, w.count);
            at += w.count;
        }
        return new PhaseResult(phase.name(), phase.process(), phase.url().getRawPath(), settings.measured(), ok, errors, PhaseResult.sorted(latencies));
    }

    /** One client: sends, waits for the whole answer, records it if it started and ended in the measured window. */
    private final class Worker implements Runnable {

        private final HttpRequest request;
        private final long measureFrom;
        private final long measureUntil;
        private final CountDownLatch done;
        private long[] latencies = new long[16_384];
        private int count;
        private long ok;
        private final Map<String, Long> errors = new TreeMap<>();

        Worker(HttpRequest request, long measureFrom, long measureUntil, CountDownLatch done) {
            this.request = request;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                long sent;
                while ((sent = System.nanoTime()) < measureUntil) {
                    String error = send();
                    long answered = System.nanoTime();
                    if (sent >= measureFrom && answered <= measureUntil) {
                        record(answered - sent, error);
                    }
                }
            } finally {
                done.countDown();
            }
        }

        /** Null for a 2xx answer, otherwise what went wrong ("HTTP 429", "HttpTimeoutException"). */
        private String send() {
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                return status >= 200 && status < 300 ? null : "HTTP " + status;
            } catch (IOException e) {
                return e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        private void record(long latencyNanos, String error) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[count++] = latencyNanos;
            if (error == null) {
                ok++;
            } else {
                errors.merge(error, 1L, Long::sum);
            }
        }
    }
}
