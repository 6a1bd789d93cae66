package uk.yos.prevention.conventions;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import uk.yos.prevention.Db;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.conventions.ApiConventions;

/** Every operation of prevention-service's OpenAPI document against the suite's conventions (see ApiConventions). */
@QuarkusTest
class ApiConventionsTest {

    @TestFactory
    Stream<DynamicNode> everyOperation() {
        return ApiConventions.forService("prevention-service")
                .beforeEachCall(() -> {
                    CaseServiceStub.reset();
                    CircuitBreakerMaintenance.get().resetAll();
                })
                .refusedCallsLeaveUnchanged(Db::snapshot)
                // No call the harness makes (a made-up referral, an empty body) may reach case-service.
                .everyCallLeavesUnchanged(() -> CaseServiceStub.server().getAllServeEvents().size())
                .calling("case-service", "recordPreventionDecision")
                .changesToARecordNeedIfMatch()
                .tests();
    }
}
