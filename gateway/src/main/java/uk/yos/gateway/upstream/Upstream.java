package uk.yos.gateway.upstream;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import uk.yos.gateway.config.GatewayConfig;

/** One service behind the gateway: its address, its connection pool and its circuit breaker. */
public final class Upstream {

    private final String name;
    private final List<String> prefixes;
    private final SocketAddress address;
    private final boolean ssl;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final Duration healthTimeout;
    private final HttpClient client;
    private final UpstreamCircuit circuit;

    Upstream(String name, GatewayConfig.Upstream config, Vertx vertx) {
        this.name = name;
        this.prefixes = List.copyOf(config.prefixes());
        URI url = config.url();
        this.ssl = "https".equalsIgnoreCase(url.getScheme());
        this.address = SocketAddress.inetSocketAddress(url.getPort() != -1 ? url.getPort() : ssl ? 443 : 80, url.getHost());
        this.timeout = config.timeout();
        this.connectTimeout = config.connectTimeout();
        this.healthTimeout = config.healthTimeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(config.maxConnections())
                .setConnectTimeout((int) connectTimeout.toMillis()));
        this.circuit = new UpstreamCircuit(name, config.circuitBreaker());
    }

    public String name() {
        return name;
    }

    public List<String> prefixes() {
        return prefixes;
    }

    HttpClient client() {
        return client;
    }

    /** The longest silence allowed from the upstream once connected. */
    public Duration timeout() {
        return timeout;
    }

    public Duration healthTimeout() {
        return healthTimeout;
    }

    /**
     * A request to the upstream, {@code timeout} being the longest silence allowed once connected (then a
     * {@link java.util.concurrent.TimeoutException}). Failing to connect fails with {@link UpstreamUnreachable}.
     */
    public Future<HttpClientRequest> openRequest(HttpMethod method, String uri, Duration timeout) {
        RequestOptions options = new RequestOptions()
                .setServer(address)
                .setSsl(ssl)
                .setMethod(method)
                .setURI(uri)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        return client.request(options).recover(failure -> Future.failedFuture(new UpstreamUnreachable(failure)));
    }

    /**
     * Runs a call through the circuit breaker: while it is open, fails at once with a
     * {@link io.github.resilience4j.circuitbreaker.CallNotPermittedException}. Only a failed future counts as a
     * failure, so an upstream that answers, even with a 5xx, keeps its circuit closed: it is there, and its answer goes
     * to the caller. A failure that {@code abandoned} says came from the caller going away is not the upstream's, and
     * is not counted.
     */
    public <T> Future<T> guarded(Supplier<Future<T>> call, Predicate<Throwable> abandoned) {
        return circuit.guard(call, abandoned);
    }

    public CircuitBreaker.State circuitState() {
        return circuit.state();
    }

    /** Calls counted as the upstream's failures in the circuit's current window. */
    public int failedCalls() {
        return circuit.failedCalls();
    }

    void close() {
        circuit.close();
        client.close();
    }
}
