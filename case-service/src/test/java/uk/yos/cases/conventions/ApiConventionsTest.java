package uk.yos.cases.conventions;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.cases.TestResources;
import uk.yos.testsupport.conventions.ApiConventions;
import uk.yos.testsupport.conventions.TableRowCounts;

/** Every operation of case-service's OpenAPI document against the suite's conventions (see ApiConventions). */
@QuarkusTest
class ApiConventionsTest {

    @TestFactory
    Stream<DynamicNode> everyOperation() {
        return ApiConventions.forService("case-service")
                .refusedCallsLeaveUnchanged(() -> TableRowCounts.of(TestResources.DATABASE))
                // Whole lists of one case's allocations, assessments, oversight records, plan versions, risk panels,
                // screenings, contacts, warnings and breach considerations, and of a reference table
                // (api-quality/.spectral.yaml).
                .unboundedArrays("listAllocations response 200", "listAssessments response 200",
                        "listOversight response 200", "listPlanVersions response 200", "listRiskPanels response 200",
                        "listScreenings response 200", "listContacts response 200", "listContactWarnings response 200",
                        "listBreachConsiderations response 200", "listReferenceItems response 200")
                .tests();
    }
}
