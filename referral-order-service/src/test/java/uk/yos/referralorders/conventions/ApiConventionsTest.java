package uk.yos.referralorders.conventions;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.referralorders.Fixtures;
import uk.yos.referralorders.TestResources;
import uk.yos.testsupport.conventions.ApiConventions;
import uk.yos.testsupport.conventions.TableRowCounts;

/**
 * Every operation of referral-order-service's OpenAPI document against the suite's conventions (see
 * ApiConventions).
 */
@QuarkusTest
class ApiConventionsTest {

    @TestFactory
    Stream<DynamicNode> everyOperation() {
        return ApiConventions.forService("referral-order-service")
                .beforeEachCall(Fixtures::resetCaseService)
                .refusedCallsLeaveUnchanged(() -> TableRowCounts.of(TestResources.DATABASE))
                // Orders and panels are read through case-service's view of the case; an order's case is checked.
                .calling("case-service", "searchReferralOrders", "createReferralOrder", "getReferralOrder",
                        "getReferralOrderContract", "searchPanels", "getPanel")
                // One record's own short history, listed whole (api-quality/.spectral.yaml).
                .unboundedArrays("ReferralOrder.revocationRequests", "ReferralOrder.missedAppointments",
                        "Volunteer.training", "Volunteer.conflicts")
                .changesToARecordNeedIfMatch()
                .tests();
    }
}
