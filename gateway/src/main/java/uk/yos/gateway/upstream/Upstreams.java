package uk.yos.gateway.upstream;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import io.vertx.core.Vertx;
import uk.yos.gateway.config.GatewayConfig;

/** The configured upstreams, by name. */
@Singleton
public class Upstreams {

    private final Map<String, Upstream> byName = new TreeMap<>();

    Upstreams(GatewayConfig config, Vertx vertx) {
        config.upstreams().forEach((name, upstream) -> byName.put(name, new Upstream(name, upstream, vertx)));
    }

    public Collection<Upstream> all() {
        return byName.values();
    }

    public Optional<Upstream> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @PreDestroy
    void close() {
        byName.values().forEach(Upstream::close);
    }
}
