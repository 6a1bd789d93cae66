package uk.yos.gateway.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import uk.yos.gateway.edge.Admission;

/** The route table: each upstream's prefixes, admitted at the edge, then proxied to it. */
@ApplicationScoped
public class ProxyRoutes {

    private final Upstreams upstreams;
    private final Admission admission;
    private final OpenTelemetry openTelemetry;

    ProxyRoutes(Upstreams upstreams, Admission admission, OpenTelemetry openTelemetry) {
        this.upstreams = upstreams;
        this.admission = admission;
        this.openTelemetry = openTelemetry;
    }

    void register(@Observes Router router) {
        for (Upstream upstream : upstreams.all()) {
            HttpProxy proxy = HttpProxy.reverseProxy(upstream.client())
                    .origin(context -> upstream.openRequest(HttpMethod.GET, "/", upstream.timeout())
                            // A failure reaches the proxy through the response; without a handler Vert.x also logs
                            // it as an ERROR, one for every caller who hangs up.
                            .onSuccess(request -> request.exceptionHandler(failure -> { })))
                    .addInterceptor(new UpstreamInterceptor(upstream,
                            openTelemetry.getPropagators().getTextMapPropagator().fields()));
            // ProxyHandler rather than proxy.handle(request): the latter hangs on HTTP/2.
            ProxyHandler proxyHandler = ProxyHandler.create(proxy);
            for (String prefix : upstream.prefixes()) {
                // The prefix and what is below it, so that /api/v1/cases/1 matches but /api/v1/casesx does not.
                for (String path : new String[] { prefix, prefix + "/*" }) {
                    router.route(path)
                            .handler(ctx -> admission.admit(ctx, upstream.name()))
                            .handler(proxyHandler);
                }
            }
        }
    }
}
