package uk.yos.e2e.benchmark;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Simulation;

/** One GET, the same for every user, again and again: a read, a list, a search or a health check. */
public class RepeatedGetSimulation extends Simulation {

    {
        SimulationInput input = SimulationInput.forThisSimulation();
        setUp(MeasuredLoad.closedLoad(input, "GET " + input.path(), null,
                name -> exec(http(name).get(input.path()).check(MeasuredLoad.SUCCESS))))
                .protocols(MeasuredLoad.protocol(input));
    }
}
