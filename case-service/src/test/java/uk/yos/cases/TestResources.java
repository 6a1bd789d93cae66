package uk.yos.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import uk.yos.testsupport.MariaDbTestResource;

/** The module's test resources (global to all its tests): embedded MariaDB and a signing OIDC server. */
@QuarkusTestResource(value = MariaDbTestResource.class,
        initArgs = @ResourceArg(name = MariaDbTestResource.DATABASE_ARG, value = "yos_cases"))
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {

    public static final String DATABASE = "yos_cases";

    private TestResources() {
    }
}
