package uk.yos.gateway.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import uk.yos.gateway.upstream.Upstream;
import uk.yos.gateway.upstream.Upstreams;

/**
 * {@code /q/health/group/upstreams}: each upstream's own readiness, asked in parallel with a short timeout, and the
 * state of its circuit breaker ({@code <name>-circuit}: CLOSED, OPEN or HALF_OPEN).
 * <p>
 * A group of its own, not a readiness check: the gateway stays ready while one service is down (it answers 503 for
 * that service's routes), and Kubernetes must not take the whole gateway out of service for it.
 */
@HealthGroup("upstreams")
@ApplicationScoped
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    private final Upstreams upstreams;

    UpstreamsHealthCheck(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Map<Upstream, Future<Boolean>> probes = new LinkedHashMap<>();
        upstreams.all().forEach(upstream -> probes.put(upstream, ready(upstream)));
        Future<?> all = Future.join(List.copyOf(probes.values()));
        return Uni.createFrom().completionStage(all.toCompletionStage()).map(done -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
            probes.forEach((upstream, probe) -> {
                boolean up = Boolean.TRUE.equals(probe.result());
                response.withData(upstream.name(), up ? "UP" : "DOWN");
                response.withData(upstream.name() + "-circuit", upstream.circuitState().name());
                if (!up) {
                    response.down();
                }
            });
            return response.build();
        });
    }

    private static Future<Boolean> ready(Upstream upstream) {
        return upstream.openRequest(HttpMethod.GET, "/q/health/ready", upstream.healthTimeout())
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200))
                .otherwise(false);
    }
}
