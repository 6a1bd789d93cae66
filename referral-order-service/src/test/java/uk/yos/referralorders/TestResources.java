package uk.yos.referralorders;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.MariaDbTestResource;

/**
 * The module's test resources (global to all its tests): embedded MariaDB, a signing OIDC server, and a WireMock
 * standing in for case-service.
 */
@QuarkusTestResource(value = MariaDbTestResource.class,
        initArgs = @ResourceArg(name = MariaDbTestResource.DATABASE_ARG, value = "yos_referral_orders"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CaseServiceStub.class)
public final class TestResources {

    public static final String DATABASE = "yos_referral_orders";

    private TestResources() {
    }
}
