package uk.yos.e2e.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The shape every phase's simulation shares: a closed workload of a fixed number of virtual users, each sending its
 * next request as soon as its previous answer has arrived, first for the warm-up and then for the measured window.
 * The two windows' requests have different names in Gatling's results ({@link #WARM_UP}, {@link #MEASURED}), so the
 * figures are read from the measured ones only, while the HTML report charts both.
 */
final class MeasuredLoad {

    static final String WARM_UP = "warm-up";
    static final String MEASURED = "measured";

    /** Only a 2xx answer is a success (Gatling's default check would also accept 304). */
    static final CheckBuilder.Final SUCCESS = status().in(IntStream.rangeClosed(200, 299).boxed().toList());

    private MeasuredLoad() {
    }

    /**
     * The users of one phase.
     *
     * @param setUp   what each user does once before its first measured request (may be null)
     * @param request the request each user repeats, given the name it is recorded under
     */
    static PopulationBuilder closedLoad(SimulationInput input, String name, ChainBuilder setUp,
                                        Function<String, ChainBuilder> request) {
        BenchmarkSettings settings = input.settings();
        ScenarioBuilder scenario = scenario(name);
        if (setUp != null) {
            scenario = scenario.exec(setUp);
        }
        scenario = scenario.during(settings.warmUp()).on(request.apply(WARM_UP))
                .during(settings.measured()).on(request.apply(MEASURED));
        // Every user loops for the whole phase, so none ends (and none is replaced) before the phase does.
        return scenario.injectClosed(constantConcurrentUsers(settings.users()).during(settings.phaseLength()));
    }

    /** HTTP/1.1 with keep-alive, one connection per user; no warm-up call to an outside URL. */
    static HttpProtocolBuilder protocol(SimulationInput input) {
        HttpProtocolBuilder protocol = http.baseUrl(input.baseUrl()).disableWarmUp()
                .acceptHeader("application/json")
                .header("X-Request-Id", "benchmark");
        return input.bearerToken() == null ? protocol : protocol.authorizationHeader("Bearer " + input.bearerToken());
    }
}
