package uk.yos.e2e.benchmark;

import java.util.List;
import uk.yos.devstack.seed.SeedOptions;

/**
 * Everything one run measured, phase by phase.
 *
 * @param ceiling     case-service's {@code /q/health/live}: what the machine serves with no work behind it
 * @param lists       the list and search phases, against {@code population}
 * @param tracingOn   the audited read on a fresh case-service with tracing as configured (export off)
 * @param tracingOff  the same read on a fresh case-service with {@code QUARKUS_OTEL_SDK_DISABLED=true}
 * @param memory      case-service's and the gateway's resident memory after the load
 * @param profiles    where case-service's and the gateway's CPU time went in the audited read
 */
record BenchmarkFigures(PhaseResult ceiling, PhaseResult unauditedRead, PhaseResult directRead,
                        PhaseResult gatewayRead, PhaseResult write, SeedOptions population, List<PhaseResult> lists,
                        PhaseResult tracingOn, PhaseResult tracingOff, List<ProcessMemory> memory,
                        StartTime start, List<CpuProfile> profiles) {

    /** Every measured phase, in the order they ran. */
    List<PhaseResult> phases() {
        List<PhaseResult> all = new java.util.ArrayList<>(List.of(ceiling, unauditedRead, directRead, gatewayRead,
                write));
        all.addAll(lists);
        all.add(tracingOn);
        all.add(tracingOff);
        return all;
    }

    /** The share of throughput tracing costs: 0.03 when the traced service serves 3% fewer reads. */
    double tracingCost() {
        return 1 - tracingOn.okPerSecond() / tracingOff.okPerSecond();
    }
}
