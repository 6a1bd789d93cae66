package uk.yos.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import uk.yos.web.problem.ProblemType;

/** Whatever no route claimed (an unknown path, a service's own /q/... endpoints) is a 404 problem. */
@ApplicationScoped
public class NotFoundRoute {

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE)
                .handler(ctx -> Problems.send(ctx, ProblemType.NOT_FOUND, "There is no API at this path"));
    }
}
