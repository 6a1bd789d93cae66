package uk.yos.victims.conventions;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.conventions.ApiConventions;
import uk.yos.victims.Db;
import uk.yos.victims.StubbedCaseService;

/** Every operation of victim-service's OpenAPI document against the suite's conventions (see ApiConventions). */
@QuarkusTest
class ApiConventionsTest extends StubbedCaseService {

    @TestFactory
    Stream<DynamicNode> everyOperation() {
        return ApiConventions.forService("victim-service")
                // What StubbedCaseService does before each test, before each call (dynamic tests have no @BeforeEach).
                .beforeEachCall(() -> {
                    CaseServiceStub.reset();
                    CircuitBreakerMaintenance.get().resetAll();
                })
                .refusedCallsLeaveUnchanged(Db::snapshot)
                .calling("case-service", "createVictim", "getVictimFeedbackReport", "listVictimFeedbackReports")
                // One victim's evaluations and support referrals, listed whole (api-quality/.spectral.yaml).
                .unboundedArrays("listVictimEvaluations response 200", "listVictimSupportReferrals response 200")
                .tests();
    }
}
