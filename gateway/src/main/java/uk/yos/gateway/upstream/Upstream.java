package uk.yos.gateway.upstream;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import uk.yos.gateway.config.GatewayConfig;

/**
 * One service behind the gateway: its address, its connection pool and its circuit breaker.
 * <p>
 * The breaker is Vert.x's ({@code vertx-circuit-breaker}) rather than SmallRye Fault Tolerance's programmatic API:
 * the proxy is built on Vert.x futures on the event loop, and this breaker takes and returns those futures directly,
 * with no CDI, no CompletionStage conversions and no thread hops on the per-request path.
 */
public final class Upstream {

    private static final Logger LOG = Logger.getLogger(Upstream.class);

    private final String name;
    private final List<String> prefixes;
    private final SocketAddress address;
    private final boolean ssl;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final Duration healthTimeout;
    private final HttpClient client;
    private final CircuitBreaker breaker;

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
        this.breaker = CircuitBreaker.create(name, vertx, new CircuitBreakerOptions()
                .setMaxFailures(config.circuitBreaker().failureThreshold())
                .setFailuresRollingWindow(Duration.ofMinutes(1).toMillis())
                .setResetTimeout(config.circuitBreaker().openDuration().toMillis())
                .setTimeout(-1) // the HTTP client's own timeouts end a slow call; the breaker only counts
                .setNotificationAddress(null)); // no event-bus broadcasts
        breaker.openHandler(v -> LOG.warnf("%s: circuit open, answering 503 for %s", name, config.circuitBreaker().openDuration()));
        breaker.closeHandler(v -> LOG.infof("%s: circuit closed", name));
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
     * Runs a call through the circuit breaker: while it is open, fails at once with an
     * {@link io.vertx.circuitbreaker.OpenCircuitException}. Only a failed future counts as a failure, so an upstream
     * that answers, even with a 5xx, keeps its circuit closed: it is there, and its answer goes to the caller.
     */
    public <T> Future<T> guarded(Supplier<Future<T>> call) {
        return breaker.execute(attempt -> call.get().onComplete(attempt));
    }

    void close() {
        breaker.close();
        client.close();
    }
}
