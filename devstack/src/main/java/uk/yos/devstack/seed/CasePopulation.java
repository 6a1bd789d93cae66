package uk.yos.devstack.seed;

import java.util.List;
import java.util.Map;

/** What case-service's part of a population holds that the other services' records refer to. */
record CasePopulation(List<SeededChild> children, List<SeededOffence> firstOffences, List<OrderCase> orderCases,
                      List<DiversionCase> diversionCases, Map<String, Long> rows) {
}
