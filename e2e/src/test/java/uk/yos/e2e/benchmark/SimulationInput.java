package uk.yos.e2e.benchmark;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the next Gatling simulation sends where. Gatling creates a simulation itself, from its class name and with no
 * arguments, so the benchmark leaves the input here just before it starts each run.
 *
 * @param baseUrl     e.g. {@code http://127.0.0.1:41234}, a service or the gateway
 * @param path        the request's path and query; unused by a simulation that makes its own paths
 * @param bearerToken the caller's access token, or null for none
 * @param children    the children the virtual users change, one each; empty for a read
 */
record SimulationInput(BenchmarkSettings settings, String baseUrl, String path, String bearerToken,
                       List<BenchmarkChild> children) {

    private static final AtomicReference<SimulationInput> NEXT = new AtomicReference<>();

    SimulationInput {
        Objects.requireNonNull(settings);
        Objects.requireNonNull(baseUrl);
        children = List.copyOf(children);
    }

    static SimulationInput read(BenchmarkSettings settings, String baseUrl, String path, String bearerToken) {
        return new SimulationInput(settings, baseUrl, path, bearerToken, List.of());
    }

    /** Leaves this input for the simulation Gatling creates next. */
    void handToNextSimulation() {
        NEXT.set(this);
    }

    /** The input the benchmark left for this run. */
    static SimulationInput forThisSimulation() {
        SimulationInput input = NEXT.get();
        if (input == null) {
            throw new IllegalStateException("No input for the simulation: it is run by SuiteBenchmark, not alone");
        }
        return input;
    }

    @Override
    public String toString() { // never the token
        return baseUrl + path;
    }
}
